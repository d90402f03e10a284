package io.eetasks.runtime.settings;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration table of the user guide (docs/guide/configuration.md, under "The keys") lists exactly the
 * declared keys, each with its declared default: a key added on one side only, or a default changed on one
 * side only, fails here.
 */
class ConfigurationTableTest {

    /** Surefire runs in the module's directory. */
    private static final Path PAGE = Path.of("..", "docs", "guide", "configuration.md");
    private static final String SECTION = "## The keys";
    private static final Pattern KEY = Pattern.compile("`(tasks\\.[^`]+)`");

    @Test
    void theTableListsEveryDeclaredKeyWithItsDefault() throws IOException {
        Map<String, String> declared = new LinkedHashMap<>();
        TasksSettings.ALL.forEach(setting -> declared.put(setting.key(), setting.defaultText()));

        Map<String, String> documented = documented(Files.readAllLines(PAGE));

        assertThat(documented.keySet()).as("the keys of the configuration table, against TasksSettings")
                .containsExactlyInAnyOrderElementsOf(declared.keySet());
        assertThat(documented).as("their defaults in the table, against TasksSettings (defaultText)")
                .containsExactlyInAnyOrderEntriesOf(declared);
    }

    @Test
    void aRowNamesOneKeyOrSeveralWithTheSameDefault() {
        List<String> page = List.of(SECTION, "", "| Key | Default | Meaning |", "|---|---|---|",
                "| `tasks.a` | `PT1M` | One |",
                "| `tasks.b.host`, `tasks.b.port` | this  node's | Two: `tasks.a` |",
                "", "## Next", "| `tasks.c` | 1 | Not in the section |");

        assertThat(documented(page)).containsExactly(Map.entry("tasks.a", "PT1M"),
                Map.entry("tasks.b.host", "this node's"), Map.entry("tasks.b.port", "this node's"));
    }

    /** Key to default text (backticks and extra spaces dropped), from the rows of the section of the keys. */
    private static Map<String, String> documented(List<String> page) {
        Map<String, String> rows = new LinkedHashMap<>();
        boolean inSection = false;
        for (String line : page) {
            if (line.startsWith("## ")) {
                inSection = line.equals(SECTION);
            } else if (inSection && line.startsWith("| `tasks.")) {
                String[] cells = line.split("\\|");
                String defaultText = cells[2].replace("`", "").trim().replaceAll("\\s+", " ");
                Matcher keys = KEY.matcher(cells[1]);
                while (keys.find()) {
                    assertThat(rows.put(keys.group(1), defaultText)).as("row of %s", keys.group(1)).isNull();
                }
            }
        }
        return rows;
    }
}
