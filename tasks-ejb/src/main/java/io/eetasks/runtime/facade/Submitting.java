package io.eetasks.runtime.facade;

import io.eetasks.bridge.Submission;
import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.execution.TaskExecutor;
import io.eetasks.runtime.queues.TaskQueues;
import io.eetasks.runtime.store.IdempotencyKeys;
import io.eetasks.runtime.submission.TaskSubmissions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Objects;
import java.util.UUID;

/**
 * Submitting a task: recorded and dispatched after commit, or run at once in the caller's thread
 * (executeNow); once per idempotency key. Runs in the transaction context {@link DefaultTaskRuntime} gives it.
 */
@ApplicationScoped
public class Submitting {

    @Inject
    TaskSubmissions submissions;

    @Inject
    TaskExecutor executor;

    @Inject
    TasksConfig config;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    TaskQueues queues;

    /** A submission with an idempotency key an earlier one had returns that task (docs/idempotency-keys.md). */
    public UUID submit(Submission submission) {
        Objects.requireNonNull(submission, "submission is required");
        if (submission.idempotencyKey() != null) {
            return idempotencyKeys.once(submission.application(), submission.name(), submission.idempotencyKey(),
                    () -> submitNew(submission));
        }
        return submitNew(submission);
    }

    private UUID submitNew(Submission submission) {
        if (submission.executeNow() || config.executeNow()) {
            return executor.executeNow(submission);
        }
        return submissions.enqueue(submission);
    }

    /** Why tasks cannot be submitted to {@code queue}, or {@code null} if they can. */
    public String queueProblem(String queue) {
        return queues.problem(queue);
    }
}
