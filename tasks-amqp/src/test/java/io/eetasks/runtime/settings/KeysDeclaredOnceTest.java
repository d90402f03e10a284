package io.eetasks.runtime.settings;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Keys are named in code only through {@link TasksSettings}, and the server's files name only declared keys. */
class KeysDeclaredOnceTest {

    private static final Path ROOT = Path.of("..");
    /** A string literal that is a key, or the start of one ("tasks.queues." + name). */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"tasks\\.[a-z0-9.<>-]*\"");
    /** An expression that reads a key, with its default if it has one. */
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{(tasks\\.[a-z0-9.-]+)(?::([^}]*))?}");
    /** Parameters of the CLI scripts, read when a script runs, not by the server: not settings. */
    private static final Set<String> SCRIPT_PARAMETERS = Set.of("tasks.server.config", "tasks.queue",
            "tasks.cluster.password", "tasks.credential-store.password");
    /** Its defaults name the external broker, not the embedded one the declared defaults describe. */
    private static final String EXTERNAL_BROKER_SCRIPT = "04-external-artemis.cli";

    @Test
    void mainCodeNamesKeysOnlyThroughTheDeclaration() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(path -> path.getFileName().toString().startsWith("tasks-")).toList()) {
                Path sources = module.resolve("src/main/java");
                if (!Files.isDirectory(sources)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(sources)) {
                    for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                        if (file.getFileName().toString().equals("TasksSettings.java")) {
                            continue;
                        }
                        Matcher literal = KEY_LITERAL.matcher(Files.readString(file));
                        while (literal.find()) {
                            literals.add(ROOT.relativize(file) + ": " + literal.group());
                        }
                    }
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    @Test
    void theServersFilesReadOnlyDeclaredKeysWithTheDeclaredDefaults() throws IOException {
        Map<String, Setting<?>> declared = TasksSettings.ALL.stream()
                .collect(Collectors.toMap(Setting::key, Function.identity()));
        List<Path> files = new ArrayList<>();
        try (Stream<Path> scripts = Files.list(ROOT.resolve("tasks-server/src/main/cli"))) {
            scripts.filter(path -> path.toString().endsWith(".cli")).forEach(files::add);
        }
        files.add(ROOT.resolve("tasks-ejb/src/main/resources/META-INF/jboss-ejb3.xml"));

        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            Matcher expression = EXPRESSION.matcher(Files.readString(file));
            while (expression.find()) {
                String key = expression.group(1);
                String given = expression.group(2);
                Setting<?> setting = declared.get(key);
                if (setting == null && !SCRIPT_PARAMETERS.contains(key)) {
                    problems.add(file.getFileName() + " reads " + key + ", which TasksSettings does not declare");
                } else if (setting != null && setting.defaultValue() != null && given != null
                        && !given.equals(setting.defaultValue())
                        && !file.getFileName().toString().equals(EXTERNAL_BROKER_SCRIPT)) {
                    problems.add(file.getFileName() + " defaults " + key + " to " + given + ", TasksSettings to "
                            + setting.defaultValue());
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(files).hasSizeGreaterThan(1);
    }
}
