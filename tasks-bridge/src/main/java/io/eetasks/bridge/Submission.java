package io.eetasks.bridge;

import io.eetasks.CallbackCondition;
import io.eetasks.ChildFailurePolicy;
import io.eetasks.RetryPolicy;
import io.eetasks.TaskOptions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A call of a task method, as the interceptor hands it to the runtime.
 *
 * @param application the application that provides the task
 * @param name        the task name
 * @param payloadJson the arguments as a JSON array
 * @param executeNow  whether to run it at once in the caller's thread
 * @param runAt       when to run it, {@code null} for as soon as possible (a time past is recorded as the
 *                    task's scheduled time, such as a schedule's fire time)
 * @param retry       its retry policy, {@code null} for the runtime's default
 * @param timeout     how long one attempt may run, {@code null} for no limit
 * @param callbacks   tasks of the same application to submit when this one finishes, by condition
 * @param onChildFailure what the task does, as a parent, when a child fails
 * @param queue       the queue it is sent to, {@code null} for the default queue
 * @param idempotencyKey the key that makes later submissions with it return this task, or {@code null}
 * @param priority    its priority ({@link io.eetasks.TaskOptions#withPriority})
 * @param labels      its labels
 * @param limit       the name of the limit it starts under, or {@code null}
 * @param limitKey    the key of that limit ({@code ""} for its one shared key), or {@code null} without a limit
 */
public record Submission(String application, String name, String payloadJson, boolean executeNow, Instant runAt,
                         RetryPolicy retry, Duration timeout, List<Map.Entry<CallbackCondition, String>> callbacks,
                         ChildFailurePolicy onChildFailure, String queue, String idempotencyKey,
                         int priority, List<String> labels, String limit, String limitKey) {

    public Submission {
        callbacks = callbacks == null ? List.of() : List.copyOf(callbacks);
        onChildFailure = onChildFailure == null ? ChildFailurePolicy.CONTINUE : onChildFailure;
        labels = labels == null ? List.of() : List.copyOf(labels);
        limitKey = limit == null ? null : limitKey == null ? "" : limitKey;
    }

    /** A plain call with the runtime's defaults, as made for a task whose method is not deployed here. */
    public static Submission withDefaults(String application, String name, String payloadJson) {
        return new Submission(application, name, payloadJson, false, null, null, null, List.of(), null, null, null,
                TaskOptions.DEFAULT_PRIORITY, List.of(), null, null);
    }

    /** The same call, to run at {@code time} (in the past: at once, recorded as due then). */
    public Submission dueAt(Instant time) {
        return new Submission(application, name, payloadJson, executeNow, time, retry, timeout, callbacks,
                onChildFailure, queue, idempotencyKey, priority, labels, limit, limitKey);
    }
}
