package io.eetasks.it.support;

import io.eetasks.DistributedTask;
import io.eetasks.TaskContext;
import io.eetasks.TaskHandle;
import io.eetasks.TaskRetry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Task methods the tests submit. Each records its runs in {@link Executions}. */
@ApplicationScoped
public class SampleTasks {

    @Inject
    Executions executions;

    @Inject
    RequestState request;

    @DistributedTask(name = "it.echo")
    public TaskHandle<String> echo(String key) {
        executions.record(key);
        return TaskHandle.completed("echo:" + key);
    }

    /** The idempotency key this task was submitted with, as it reads it while it runs. */
    @DistributedTask(name = "it.own-key")
    public TaskHandle<String> ownKey(String label) {
        executions.record(label);
        return TaskHandle.completed(TaskContext.current().flatMap(TaskContext::idempotencyKey).orElse("none"));
    }

    @DistributedTask(name = "it.slow-echo")
    public TaskHandle<String> slowEcho(String key, long millis) {
        executions.record(key);
        pause(millis);
        return TaskHandle.completed("echo:" + key);
    }

    /** Returns how many times its request's state has been touched: 1 in a request of its own. */
    @DistributedTask(name = "it.request-state")
    public TaskHandle<Integer> touchRequestState(String key) {
        executions.record(key);
        return TaskHandle.completed(request.touch());
    }

    @DistributedTask(name = "it.validated")
    public void validated(@NotBlank String text, @Min(1) int count) {
        executions.record(text);
    }

    @DistributedTask(name = "it.explode")
    @TaskRetry(maxAttempts = 1)
    public TaskHandle<String> explode(String key) {
        executions.record(key);
        throw new IllegalStateException("boom " + key);
    }

    @DistributedTask(name = "it.immediate", executeNow = true)
    public TaskHandle<String> immediate(String key) {
        executions.record(key);
        return TaskHandle.completed("now:" + key);
    }

    @DistributedTask(name = "it.future")
    public CompletionStage<Integer> length(String key) {
        executions.record(key);
        return CompletableFuture.completedFuture(key.length());
    }

    @DistributedTask
    public void fireAndForget(String key) {
        executions.record(key);
    }

    /** Runs for up to 30 s, stopping as soon as it is asked to. */
    @DistributedTask(name = "it.cooperative")
    @TaskRetry(maxAttempts = 1)
    public TaskHandle<String> cooperative(String key) {
        executions.record(key);
        TaskContext context = TaskContext.current().orElseThrow();
        for (int i = 0; i < 600; i++) {
            context.stopIfCancelled();
            pause(50);
        }
        return TaskHandle.completed("never asked to stop");
    }

    /** Returns a stage that nothing ever completes. */
    @DistributedTask(name = "it.never-completes")
    @TaskRetry(maxAttempts = 1)
    public CompletionStage<String> neverCompletes(String key) {
        executions.record(key);
        return new CompletableFuture<>();
    }

    /** Takes longer than its timeout allows. */
    @DistributedTask(name = "it.too-slow", timeout = "PT1S")
    @TaskRetry(maxAttempts = 1)
    public TaskHandle<String> tooSlow(String key) {
        executions.record(key);
        pause(2_500);
        return TaskHandle.completed("too late");
    }

    /** Fails its first {@code failures} runs for this key, then succeeds. */
    @DistributedTask(name = "it.flaky")
    @TaskRetry(maxAttempts = 3, initialDelay = "PT1S", multiplier = 2, jitter = 0)
    public TaskHandle<String> flaky(String key, int failures) {
        executions.record(key);
        int run = executions.count(key);
        if (run <= failures) {
            throw new IllegalStateException("failure " + run);
        }
        return TaskHandle.completed("ok after " + run);
    }

    /**
     * Logs and reports progress at each of its steps; its first attempt fails after them (rolled back),
     * so the lines and progress it wrote show what a rollback keeps.
     */
    @DistributedTask(name = "it.reporting")
    @TaskRetry(maxAttempts = 2, initialDelay = "PT0.1S", jitter = 0)
    public void reporting(String key, int steps, long stepMillis, boolean failFirstAttempt) {
        executions.record(key);
        TaskContext context = TaskContext.current().orElseThrow();
        for (int step = 1; step <= steps; step++) {
            context.log("attempt " + context.attempt() + ": step " + step + " of " + steps);
            pause(stepMillis);
            context.progress(step, steps);
        }
        if (failFirstAttempt && context.attempt() == 1) {
            throw new IllegalStateException("the first attempt fails after its steps");
        }
    }

    /** Writes more lines to its log than a task keeps, the last one longer than a line may be. */
    @DistributedTask(name = "it.chatty")
    public void chatty(int lines) {
        TaskContext context = TaskContext.current().orElseThrow();
        for (int line = 1; line < lines; line++) {
            context.log("line " + line);
        }
        context.log("x".repeat(3_000));
    }

    @DistributedTask(name = "it.always-fails")
    @TaskRetry(maxAttempts = 2, initialDelay = "PT0.2S", jitter = 0)
    public TaskHandle<String> alwaysFails(String key) {
        executions.record(key);
        throw new IllegalStateException("failure " + executions.count(key));
    }

    @DistributedTask(name = "it.rejects")
    @TaskRetry(maxAttempts = 5, initialDelay = "PT0.2S", abortOn = IllegalArgumentException.class)
    public TaskHandle<String> rejects(String key) {
        executions.record(key);
        throw new NumberFormatException("not a number: " + key);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
