package io.eetasks.runtime.readmodel;

import io.eetasks.TaskAttemptInfo;
import io.eetasks.TaskInfo;
import io.eetasks.TaskNotFoundException;
import io.eetasks.runtime.store.Task;
import io.eetasks.runtime.store.TaskReports;
import io.eetasks.runtime.store.TaskStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Assembles a {@link TaskDetail} from the task, its history and its children, read in one transaction. */
@ApplicationScoped
public class TaskDetails {

    @Inject
    TaskStore store;

    @Inject
    TaskReports reports;

    @Transactional(Transactional.TxType.REQUIRED)
    public TaskDetail of(UUID taskId) {
        Task task = store.find(taskId);
        if (task == null) {
            throw new TaskNotFoundException(taskId);
        }
        TaskInfo info = task.toInfo(reports.progressOf(taskId));
        List<TaskAttemptInfo> attempts = store.failedAttempts(taskId).stream().map(attempt -> attempt.toInfo()).toList();
        return new TaskDetail(info, task.attemptOfRun(), task.getPayload(), attempts, timeline(info, attempts),
                store.children(taskId, TaskDetail.CHILDREN_SHOWN).stream().map(TaskRow::of).toList(),
                (int) store.childCount(taskId),
                task.callbacks().stream().map(callback -> callback.getKey() + ": " + callback.getValue()).toList(),
                reports.logOf(taskId));
    }

    private static List<TaskDetail.Event> timeline(TaskInfo task, List<TaskAttemptInfo> attempts) {
        List<TaskDetail.Event> events = new ArrayList<>();
        events.add(new TaskDetail.Event(task.createdAt(), "submitted"));
        for (TaskAttemptInfo attempt : attempts) {
            events.add(new TaskDetail.Event(attempt.startedAt(), "attempt " + attempt.attempt() + " started on " + attempt.node()));
            events.add(new TaskDetail.Event(attempt.finishedAt(), "attempt " + attempt.attempt() + " failed: "
                    + attempt.error().type()));
        }
        boolean lastAttemptFailed = attempts.stream().anyMatch(attempt -> attempt.attempt() == task.attempt());
        if (task.startedAt() != null && !lastAttemptFailed) {
            events.add(new TaskDetail.Event(task.startedAt(), "attempt " + task.attempt() + " started"));
        }
        if (task.scheduledAt() != null && !task.status().isTerminal()) {
            events.add(new TaskDetail.Event(task.scheduledAt(), "due"));
        }
        events.sort(Comparator.comparing(TaskDetail.Event::at, Comparator.nullsLast(Comparator.naturalOrder())));
        if (task.completedAt() != null) {
            // Last, also when the last attempt failed within the same millisecond.
            events.add(new TaskDetail.Event(task.completedAt(), task.status().name().toLowerCase()));
        }
        return events;
    }
}
