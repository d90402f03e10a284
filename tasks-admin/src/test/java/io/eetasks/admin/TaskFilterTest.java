package io.eetasks.admin;

import io.eetasks.TaskStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskFilterTest {

    private static final UUID PARENT = UUID.fromString("3f2b8c1e-0a4d-4e5f-9b6a-7c8d9e0f1a2b");
    private static final UUID ROOT = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");

    @Test
    void noParametersMakeAFilterThatMatchesEveryTask() {
        TaskFilter filter = TaskFilter.parse(Map.of());

        assertThat(filter.isEmpty()).isTrue();
        assertThat(filter.statuses()).isEmpty();
        assertThat(filter.textAsId()).isNull();
    }

    @Test
    void blankParametersCountAsAbsent() {
        TaskFilter filter = TaskFilter.parse(Map.of("status", " ", "name", "", "application", "  ", "queue", "\t",
                "parent", " ", "root", "", "from", " ", "to", "", "q", "   "));

        assertThat(filter.isEmpty()).isTrue();
        assertThat(filter).isEqualTo(new TaskFilter(null, null, null, null, null, null, null, null, null, null, null));
    }

    @Test
    void everyCriterionIsReadFromItsParameterAndTrimmed() {
        TaskFilter filter = TaskFilter.parse(Map.ofEntries(Map.entry("status", "PENDING"),
                Map.entry("name", " mail.send "), Map.entry("application", "shop "), Map.entry("queue", " bulk"),
                Map.entry("parent", " " + PARENT + " "), Map.entry("root", ROOT.toString()),
                Map.entry("from", "2026-11-28T10:15:30Z"), Map.entry("to", " 2026-11-29T00:00:00.5Z "),
                Map.entry("q", " invoice "), Map.entry("label", " tenant:acme "), Map.entry("priority", "7")));

        assertThat(filter).isEqualTo(new TaskFilter(List.of(TaskStatus.PENDING), "mail.send", "shop", "bulk", PARENT,
                ROOT, Instant.parse("2026-11-28T10:15:30Z"), Instant.parse("2026-11-29T00:00:00.500Z"), "invoice",
                "tenant:acme", 7));
        assertThat(filter.isEmpty()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "status, failed",
            "name, mail.send",
            "application, shop",
            "queue, bulk",
            "parent, 3f2b8c1e-0a4d-4e5f-9b6a-7c8d9e0f1a2b",
            "root, 3f2b8c1e-0a4d-4e5f-9b6a-7c8d9e0f1a2b",
            "from, 2026-11-28T10:15:30Z",
            "to, 2026-11-28T10:15:30Z",
            "q, invoice",
            "label, billing",
            "priority, 0"
    })
    void anyOneCriterionMakesTheFilterNotEmpty(String parameter, String value) {
        TaskFilter filter = TaskFilter.parse(Map.of(parameter, value));

        assertThat(filter.isEmpty()).isFalse();
    }

    @Test
    void statusesAreCommaSeparatedTrimmedAndReadInAnyCase() {
        TaskFilter filter = TaskFilter.parse(Map.of("status", "pending, Running ,FAILED,retry_wait"));

        assertThat(filter.statuses()).containsExactly(TaskStatus.PENDING, TaskStatus.RUNNING, TaskStatus.FAILED,
                TaskStatus.RETRY_WAIT);
    }

    @Test
    void anUnknownStatusIsRefusedWithTheStatusesThatExist() {
        assertThatThrownBy(() -> TaskFilter.parse(Map.of("status", "PENDING, done")))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("Unknown status 'done'; use one of [PENDING, SCHEDULED, RUNNING, WAITING_FOR_CHILDREN,"
                        + " RETRY_WAIT, COMPLETED, FAILED, CANCELLED]");
    }

    @Test
    void anEmptyStatusBetweenCommasIsRefused() {
        assertThatThrownBy(() -> TaskFilter.parse(Map.of("status", "PENDING,,RUNNING")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("Unknown status ''; use one of [");
    }

    @ParameterizedTest
    @ValueSource(strings = {"parent", "root"})
    void aParentOrRootThatIsNotATaskIdIsRefusedNamingTheParameter(String parameter) {
        assertThatThrownBy(() -> TaskFilter.parse(Map.of(parameter, " 42 ")))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("Parameter " + parameter + " is not valid: '42' (a task id expected)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"high", "4.5"})
    void aPriorityThatIsNotAWholeNumberIsRefusedWithTheRange(String value) {
        assertThatThrownBy(() -> TaskFilter.parse(Map.of("priority", value)))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("Parameter priority is not valid: '" + value + "' (a whole number from 0 to 9 expected)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "10"})
    void aPriorityOutOfRangeIsRefusedWithTheRange(String value) {
        assertThatThrownBy(() -> TaskFilter.parse(Map.of("priority", value)))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("Parameter priority is not valid: " + value + " (0 to 9 expected)");
    }

    @ParameterizedTest
    @CsvSource({"from, 2026-11-28", "to, yesterday", "from, 2026-11-28T10:15:30"})
    void aFromOrToThatIsNotAnInstantIsRefusedWithAnExampleOfOne(String parameter, String value) {
        assertThatThrownBy(() -> TaskFilter.parse(Map.of(parameter, value)))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("Parameter " + parameter + " is not valid: '" + value
                        + "' (an ISO-8601 instant such as 2026-11-28T10:15:30Z expected)");
    }

    @ParameterizedTest
    @CsvSource({"2026-11-28T10:15:30Z, 2026-11-28T10:15:30Z", "2026-11-29T00:00:00Z, 2026-11-28T00:00:00Z"})
    void fromMustBeBeforeTo(String from, String to) {
        assertThatThrownBy(() -> TaskFilter.parse(Map.of("from", from, "to", to)))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("from (" + from + ") must be before to (" + to + ")");
    }

    @Test
    void fromOneNanosecondBeforeToIsAccepted() {
        Instant to = Instant.parse("2026-11-28T10:15:30Z");

        TaskFilter filter = new TaskFilter(null, null, null, null, null, null, to.minusNanos(1), to, null, null, null);

        assertThat(filter.from()).isBefore(filter.to());
    }

    @Test
    void freeTextThatIsATaskIdNamesThatTask() {
        TaskFilter filter = TaskFilter.parse(Map.of("q", " " + PARENT + " "));

        assertThat(filter.textAsId()).isEqualTo(PARENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"invoice", "3f2b8c1e", "3f2b8c1e-0a4d-4e5f-9b6a-7c8d9e0f1a2bc"})
    void freeTextThatIsNotATaskIdNamesNoTask(String text) {
        TaskFilter filter = TaskFilter.parse(Map.of("q", text));

        assertThat(filter.text()).isEqualTo(text);
        assertThat(filter.textAsId()).isNull();
    }

    @Test
    void theFilterKeepsItsOwnCopyOfTheStatuses() {
        List<TaskStatus> statuses = new ArrayList<>(List.of(TaskStatus.PENDING));
        TaskFilter filter = new TaskFilter(statuses, null, null, null, null, null, null, null, null, null, null);

        statuses.add(TaskStatus.FAILED);

        assertThat(filter.statuses()).containsExactly(TaskStatus.PENDING);
        assertThatThrownBy(() -> filter.statuses().add(TaskStatus.RUNNING))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
