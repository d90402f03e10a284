package io.eetasks.it.support;

import io.eetasks.ChildFailurePolicy;
import io.eetasks.DistributedTask;
import io.eetasks.TaskHandle;
import io.eetasks.TaskOptions;
import io.eetasks.TaskOutcome;
import io.eetasks.TaskRetry;
import io.eetasks.TaskService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Tasks that submit children while they run. Each notes, under "decided:<id>", every time it was
 * decided (its any-completion callback ran), so a test can see that it happened once.
 */
@ApplicationScoped
public class ParentTasks {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    ChildTasks children;

    @Inject
    ParentTasks self;

    /** Looked up when used: OptInMissingIT deploys this class where no TaskService exists. */
    @Inject
    Instance<TaskService> tasks;

    @Inject
    Executions executions;

    @DistributedTask(name = "it.fan-out", onAnyCompletion = "it.parent-decided")
    public TaskHandle<String> fanOut(String key, int count) {
        for (int i = 0; i < count; i++) {
            children.leaf(key, i);
        }
        return TaskHandle.completed("submitted " + count);
    }

    @DistributedTask(name = "it.fan-out-meeting", onAnyCompletion = "it.parent-decided")
    public TaskHandle<String> fanOutMeeting(String key, int count) {
        for (int i = 0; i < count; i++) {
            children.meetingLeaf(key, i, count);
        }
        return TaskHandle.completed("met " + count);
    }

    /** Children that all finish at {@code epochMillis}, wherever they run. */
    @DistributedTask(name = "it.fan-out-at", onAnyCompletion = "it.parent-decided")
    public TaskHandle<String> fanOutAt(String key, int count, long epochMillis) {
        for (int i = 0; i < count; i++) {
            children.leafAt(key + "-leaf", i, epochMillis);
        }
        return TaskHandle.completed("at " + epochMillis);
    }

    @DistributedTask(name = "it.parent-fail-parent", onChildFailure = ChildFailurePolicy.FAIL_PARENT,
            onAnyCompletion = "it.parent-decided")
    @TaskRetry(maxAttempts = 1)
    public TaskHandle<String> failParent(String key) {
        return oneFailingOneSlowChild(key);
    }

    @DistributedTask(name = "it.parent-continue", onChildFailure = ChildFailurePolicy.CONTINUE,
            onAnyCompletion = "it.parent-decided")
    @TaskRetry(maxAttempts = 1)
    public TaskHandle<String> continueParent(String key) {
        return oneFailingOneSlowChild(key);
    }

    @DistributedTask(name = "it.parent-ignore", onChildFailure = ChildFailurePolicy.IGNORE,
            onAnyCompletion = "it.parent-decided")
    @TaskRetry(maxAttempts = 1)
    public TaskHandle<String> ignoreParent(String key) {
        return oneFailingOneSlowChild(key);
    }

    private TaskHandle<String> oneFailingOneSlowChild(String key) {
        children.failingLeaf(key + "-failing");
        children.sleepingLeaf(key + "-slow", 3000);
        return TaskHandle.completed("parent " + key);
    }

    /** A tree {@code depth} levels below this task, {@code width} children per task. */
    @DistributedTask(name = "it.level")
    public TaskHandle<Integer> level(String key, int depth, int width) {
        executions.record(key);
        for (int i = 0; depth > 0 && i < width; i++) {
            self.level(key, depth - 1, width);
        }
        return TaskHandle.completed(depth);
    }

    /** Submits a child in a transaction of its own (so it is sent at once), then awaits it. */
    @DistributedTask(name = "it.awaiting-parent")
    public TaskHandle<String> awaitingParent(String key) {
        TaskHandle<String> child = self.committed(() -> children.sleepingLeaf(key, 100));
        return TaskHandle.completed(child.await(WAIT) + "!");
    }

    @DistributedTask(name = "it.execute-and-wait-parent")
    public TaskHandle<String> executeAndWaitParent(String key) {
        return TaskHandle.completed(tasks.get().executeAndWait(() -> children.sleepingLeaf(key, 100), WAIT) + "!");
    }

    /** Awaits a child submitted in its own, uncommitted transaction: a mistake, reported at once. */
    @DistributedTask(name = "it.awaits-own-child")
    @TaskRetry(maxAttempts = 1)
    public TaskHandle<String> awaitsOwnChild(String key) {
        TaskHandle<String> child = children.sleepingLeaf(key, 0);
        try {
            child.await(WAIT);
            return TaskHandle.completed("awaited");
        } catch (IllegalStateException e) {
            return TaskHandle.completed(e.getMessage());
        }
    }

    @DistributedTask(name = "it.waits-for-scheduled-children")
    public TaskHandle<String> waitsForScheduledChildren(String key, int count) {
        for (int i = 0; i < count; i++) {
            tasks.get().submit(TaskOptions.delay(Duration.ofMinutes(10)), () -> children.leaf(key, 0));
        }
        return TaskHandle.completed("scheduled " + count);
    }

    @DistributedTask(name = "it.parent-decided")
    public void parentDecided(TaskOutcome outcome) {
        executions.record("decided:" + outcome.taskId());
        executions.note("decided:" + outcome.taskId(), outcome);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T committed(Supplier<T> submission) {
        return submission.get();
    }
}
