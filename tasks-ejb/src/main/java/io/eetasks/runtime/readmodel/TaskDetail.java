package io.eetasks.runtime.readmodel;

import io.eetasks.TaskAttemptInfo;
import io.eetasks.TaskInfo;
import io.eetasks.TaskLogLine;

import java.time.Instant;
import java.util.List;

/**
 * Everything the console shows about one task.
 *
 * @param task           the task, with its result and last error (stack trace included)
 * @param runAttempt     the attempt of its latest run (a retried task starts again from 1), which
 *                       {@code task.maxAttempts()} limits; {@code task.attempt()} counts them all
 * @param payloadJson    its arguments as a JSON array
 * @param failedAttempts every failed attempt with its error and stack trace, oldest first
 * @param timeline       what happened to it, oldest first
 * @param children       its first {@value #CHILDREN_SHOWN} children (callbacks included), oldest first
 * @param childCount     how many children it has in all
 * @param callbacks      the callbacks it was submitted with, as "ON_SUCCESS: task name"
 * @param log            the lines it wrote to its log, in the order written (its progress is in {@code task})
 */
public record TaskDetail(TaskInfo task, int runAttempt, String payloadJson, List<TaskAttemptInfo> failedAttempts,
                         List<Event> timeline, List<TaskRow> children, int childCount, List<String> callbacks,
                         List<TaskLogLine> log) {

    public static final int CHILDREN_SHOWN = 200;

    /** One moment in a task's life. */
    public record Event(Instant at, String what) {
    }
}
