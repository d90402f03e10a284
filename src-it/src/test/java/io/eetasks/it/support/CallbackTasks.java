package io.eetasks.it.support;

import io.eetasks.DistributedTask;
import io.eetasks.TaskContext;
import io.eetasks.TaskHandle;
import io.eetasks.TaskOutcome;
import io.eetasks.TaskRetry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Tasks with callbacks, and the callbacks, which note the outcome they received under "<callback>:<source id>". */
@ApplicationScoped
public class CallbackTasks {

    @Inject
    Executions executions;

    @DistributedTask(name = "it.watched", onSuccess = "it.on-success", onFailure = "it.on-failure",
            onAnyCompletion = "it.on-any")
    @TaskRetry(maxAttempts = 1)
    public TaskHandle<String> watched(String key, boolean fail) {
        if (fail) {
            throw new IllegalStateException("failed " + key);
        }
        return TaskHandle.completed("done " + key);
    }

    @DistributedTask(name = "it.watched-by-a-failing-callback", onSuccess = "it.failing-callback")
    public TaskHandle<String> watchedByAFailingCallback(String key) {
        return TaskHandle.completed("done " + key);
    }

    @DistributedTask(name = "it.chained-source", onSuccess = "it.chained-callback")
    public TaskHandle<String> chainedSource(String key) {
        return TaskHandle.completed("source " + key);
    }

    /** A callback with a callback of its own, which applies although the runtime submits it. */
    @DistributedTask(name = "it.chained-callback", onSuccess = "it.on-success")
    public void chainedCallback(TaskOutcome outcome) {
        noteAs("chained-callback", outcome);
    }

    @DistributedTask(name = "it.on-success")
    public void onSuccess(TaskOutcome outcome) {
        noteAs("on-success", outcome);
    }

    @DistributedTask(name = "it.on-failure")
    public void onFailure(TaskOutcome outcome) {
        noteAs("on-failure", outcome);
    }

    @DistributedTask(name = "it.on-any")
    public void onAny(TaskOutcome outcome) {
        noteAs("on-any", outcome);
    }

    @DistributedTask(name = "it.failing-callback")
    @TaskRetry(maxAttempts = 1)
    public void failingCallback(TaskOutcome outcome) {
        noteAs("failing-callback", outcome);
        throw new IllegalStateException("the callback fails");
    }

    private void noteAs(String callback, TaskOutcome outcome) {
        String key = callback + ":" + outcome.taskId();
        executions.record(key);
        executions.note(key, outcome);
        executions.note(key + ":task", TaskContext.current().orElseThrow().taskId());
    }
}
