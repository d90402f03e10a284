package io.eetasks.runtime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The EETASKS message ids of every module (docs/logging.md), read from the sources: the processor checks
 * each {@code @MessageLogger} interface against its own {@code @ValidIdRange}, but not one module against
 * another.
 */
class MessageIdsTest {

    /** Ids that were renumbered: never given to another message, so that old alerts find nothing. */
    private static final Set<Integer> RETIRED = Set.of(10, 101, 102, 103, 202, 204, 205, 206, 207, 208, 209, 210, 211, 215, 301, 402, 502, 605);

    private static final Pattern MESSAGE_LOGGER =
            Pattern.compile("@MessageLogger\\s*\\(\\s*projectCode\\s*=\\s*\"EETASKS\"\\s*,\\s*length\\s*=\\s*4\\s*\\)");
    private static final Pattern RANGE =
            Pattern.compile("@ValidIdRange\\s*\\(\\s*min\\s*=\\s*(\\d+)\\s*,\\s*max\\s*=\\s*(\\d+)\\s*\\)");
    private static final Pattern MESSAGE = Pattern.compile("@Message\\s*\\(");
    private static final Pattern MESSAGE_ID = Pattern.compile("@Message\\s*\\(\\s*id\\s*=\\s*(\\d+)");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    /** An id at the start of a message written into the code: an exception's. */
    private static final Pattern INLINE_ID = Pattern.compile("\"EETASKS(\\d{4}):");
    /** INFO, WARN or ERROR through a plain {@code org.jboss.logging.Logger}, past the interfaces. */
    private static final Pattern PLAIN_LOG = Pattern.compile(
            "(\\b(LOG|LOGGER|log|logger)|Logger\\.getLogger\\([^)]*\\))\\s*\\.\\s*(info|warn|error|fatal)[fv]?\\s*\\("
            + "|\\.log[fv]?\\s*\\(\\s*(Logger\\s*\\.\\s*)?Level\\s*\\.\\s*(INFO|WARN|ERROR|FATAL)");

    private record Interface(Path file, String module, String pkg, int min, int max, List<Integer> ids) {
        boolean holds(int id) {
            return min <= id && id <= max;
        }

        @Override
        public String toString() {
            return module + ":" + file.getFileName() + " [" + min + "-" + max + "]";
        }
    }

    private static final List<Path> SOURCES = new ArrayList<>();
    private static final List<Interface> INTERFACES = new ArrayList<>();

    @BeforeAll
    static void readSources() throws IOException {
        // Surefire runs in the module's directory; the other modules are its siblings.
        Path root = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getParent();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(dir -> dir.getFileName().toString().startsWith("tasks-"))
                    .sorted().toList()) {
                Path main = module.resolve("src/main/java");
                if (Files.isDirectory(main)) {
                    try (Stream<Path> files = Files.walk(main)) {
                        files.filter(file -> file.toString().endsWith(".java")).sorted().forEach(SOURCES::add);
                    }
                }
            }
        }
        for (Path file : SOURCES) {
            String source = read(file);
            if (!file.getFileName().toString().endsWith("Log.java") || !source.contains("@MessageLogger")) {
                continue;
            }
            assertThat(MESSAGE_LOGGER.matcher(source).find()).as("%s: @MessageLogger(projectCode = \"EETASKS\","
                    + " length = 4)", file).isTrue();
            assertThat(source).as("%s: printf formats throughout", file).doesNotContain("MESSAGE_FORMAT");
            Matcher range = RANGE.matcher(source);
            assertThat(range.find()).as("%s: @ValidIdRange(min = .., max = ..)", file).isTrue();
            List<Integer> ids = new ArrayList<>();
            for (Matcher id = MESSAGE_ID.matcher(source); id.find(); ) {
                ids.add(Integer.parseInt(id.group(1)));
            }
            assertThat(ids).as("%s: every @Message has an id", file)
                    .hasSize((int) MESSAGE.matcher(source).results().count());
            INTERFACES.add(new Interface(file, moduleOf(file), packageOf(file, source),
                    Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2)), ids));
            assertThat(range.find()).as("%s: one @ValidIdRange", file).isFalse();
        }
    }

    @Test
    void everyModuleThatLogsHasItsInterfaces() {
        assertThat(INTERFACES).extracting(Interface::module)
                .contains("tasks-bridge", "tasks-ejb", "tasks-amqp", "tasks-admin");
        assertThat(INTERFACES).allSatisfy(log -> assertThat(log.ids()).as("%s", log).isNotEmpty());
    }

    @Test
    void everyIdLiesInItsInterfacesRange() {
        for (Interface log : INTERFACES) {
            assertThat(log.ids()).as("ids of %s", log).allMatch(log::holds, "in " + log.min() + "-" + log.max());
        }
    }

    @Test
    void noTwoInterfacesShareIdsOrRanges() {
        Map<Integer, Interface> owners = new TreeMap<>();
        for (Interface log : INTERFACES) {
            for (int id : log.ids()) {
                Interface other = owners.putIfAbsent(id, log);
                assertThat(other).as("EETASKS%04d in %s and %s", id, other, log).isNull();
            }
            for (Interface other : INTERFACES) {
                if (other != log) {
                    assertThat(log.max() < other.min() || other.max() < log.min())
                            .as("the ranges of %s and %s overlap", log, other).isTrue();
                }
            }
        }
    }

    @Test
    void retiredIdsStayRetired() {
        for (Interface log : INTERFACES) {
            assertThat(log.ids()).as("ids of %s", log).doesNotContainAnyElementsOf(RETIRED);
        }
    }

    @Test
    void idsInExceptionMessagesAreTheirOwn() {
        Map<Integer, Path> inline = new HashMap<>();
        for (Path file : SOURCES) {
            String source = read(file);
            for (Matcher id = INLINE_ID.matcher(source); id.find(); ) {
                int number = Integer.parseInt(id.group(1));
                String pkg = packageOf(file, source);
                Path other = inline.putIfAbsent(number, file);
                assertThat(other).as("EETASKS%04d in %s and %s", number, other, file).isNull();
                assertThat(RETIRED).as("EETASKS%04d in %s is retired", number, file).doesNotContain(number);
                assertThat(INTERFACES).as("EETASKS%04d in %s", number, file)
                        .noneMatch(log -> log.ids().contains(number))
                        .anyMatch(log -> log.pkg().equals(pkg) && log.holds(number));
            }
        }
    }

    @Test
    void infoWarnAndErrorGoThroughTheInterfaces() {
        for (Path file : SOURCES) {
            assertThat(PLAIN_LOG.matcher(read(file)).results().map(MatchResult::group))
                    .as("%s logs INFO, WARN or ERROR past its package's interface", file).isEmpty();
        }
    }

    private static String moduleOf(Path file) {
        Path path = file;
        while (!path.getParent().getFileName().toString().equals("src")) {
            path = path.getParent();
        }
        return path.getParent().getParent().getFileName().toString();
    }

    private static String packageOf(Path file, String source) {
        Matcher pkg = PACKAGE.matcher(source);
        assertThat(pkg.find()).as("%s has a package", file).isTrue();
        return pkg.group(1);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
