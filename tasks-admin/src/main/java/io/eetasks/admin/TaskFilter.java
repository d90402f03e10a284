package io.eetasks.admin;

import io.eetasks.TaskOptions;
import io.eetasks.TaskStatus;
import io.eetasks.runtime.readmodel.TaskCriteria;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Which tasks a list or a bulk action is about. Every criterion is optional; given ones must all match.
 *
 * @param statuses    any of these statuses
 * @param name        this task name
 * @param application this application
 * @param queue       sent to this queue
 * @param parentId    children of this task
 * @param rootId      tasks of this tree
 * @param from        created at or after
 * @param to          created before
 * @param text        the task id, or a part of the task name (case-insensitive)
 * @param label       carrying this label
 * @param priority    of this priority
 */
public record TaskFilter(List<TaskStatus> statuses, String name, String application, String queue, UUID parentId,
                         UUID rootId,
                         Instant from, Instant to, String text, String label, Integer priority) {

    public TaskFilter {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        name = blankToNull(name);
        application = blankToNull(application);
        queue = blankToNull(queue);
        text = blankToNull(text);
        label = blankToNull(label);
        if (priority != null && (priority < TaskOptions.MIN_PRIORITY || priority > TaskOptions.MAX_PRIORITY)) {
            throw new BadRequestException("Parameter priority is not valid: " + priority + " (" + TaskOptions.MIN_PRIORITY
                    + " to " + TaskOptions.MAX_PRIORITY + " expected)");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new BadRequestException("from (" + from + ") must be before to (" + to + ")");
        }
    }

    /** Reads a filter from query parameters (or the fields of a bulk action), saying which value is wrong. */
    public static TaskFilter parse(Map<String, String> parameters) {
        return new TaskFilter(parseStatuses(parameters.get("status")), parameters.get("name"),
                parameters.get("application"), parameters.get("queue"), parse(parameters, "parent", TaskFilter::uuid),
                parse(parameters, "root", TaskFilter::uuid), parse(parameters, "from", Instant::parse),
                parse(parameters, "to", Instant::parse), parameters.get("q"), parameters.get("label"),
                parse(parameters, "priority", Integer::valueOf));
    }

    /** Whether it has no criteria, and so matches every task. */
    public boolean isEmpty() {
        return equals(new TaskFilter(null, null, null, null, null, null, null, null, null, null, null));
    }

    /** The id the free text names, if it is one. */
    public UUID textAsId() {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** What the read model selects by: the free text is either the task id or a part of the name. */
    public TaskCriteria criteria() {
        UUID id = textAsId();
        return new TaskCriteria(statuses, name, application, queue, parentId, rootId, from, to, id,
                id == null ? text : null, label, priority);
    }

    private static List<TaskStatus> parseStatuses(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).map(status -> {
            try {
                return TaskStatus.valueOf(status.toUpperCase());
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("Unknown status '" + status + "'; use one of "
                        + Arrays.toString(TaskStatus.values()));
            }
        }).toList();
    }

    private static <T> T parse(Map<String, String> parameters, String key, Function<String, T> parser) {
        String value = blankToNull(parameters.get(key));
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BadRequestException("Parameter " + key + " is not valid: '" + value + "' ("
                    + switch (key) {
                        case "from", "to" -> "an ISO-8601 instant such as 2026-11-28T10:15:30Z";
                        case "priority" -> "a whole number from " + TaskOptions.MIN_PRIORITY + " to "
                                + TaskOptions.MAX_PRIORITY;
                        default -> "a task id";
                    } + " expected)");
        }
    }

    private static UUID uuid(String value) {
        return UUID.fromString(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
