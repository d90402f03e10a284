package io.eetasks.runtime.store;

import io.eetasks.TaskStatus;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static io.eetasks.TaskStatus.CANCELLED;
import static io.eetasks.TaskStatus.COMPLETED;
import static io.eetasks.TaskStatus.FAILED;
import static io.eetasks.TaskStatus.PENDING;
import static io.eetasks.TaskStatus.RETRY_WAIT;
import static io.eetasks.TaskStatus.RUNNING;
import static io.eetasks.TaskStatus.SCHEDULED;
import static io.eetasks.TaskStatus.WAITING_FOR_CHILDREN;

/** The one table of allowed status changes. Every status update in {@link TaskStore} checks it. */
public final class TaskTransitions {

    private static final Map<TaskStatus, Set<TaskStatus>> ALLOWED = new EnumMap<>(TaskStatus.class);

    static {
        ALLOWED.put(PENDING, EnumSet.of(RUNNING, CANCELLED));
        ALLOWED.put(SCHEDULED, EnumSet.of(PENDING, CANCELLED));
        ALLOWED.put(RUNNING, EnumSet.of(COMPLETED, FAILED, RETRY_WAIT, WAITING_FOR_CHILDREN, CANCELLED));
        ALLOWED.put(WAITING_FOR_CHILDREN, EnumSet.of(COMPLETED, FAILED, CANCELLED));
        ALLOWED.put(RETRY_WAIT, EnumSet.of(PENDING, CANCELLED));
        ALLOWED.put(COMPLETED, EnumSet.noneOf(TaskStatus.class));
        ALLOWED.put(FAILED, EnumSet.of(PENDING));
        ALLOWED.put(CANCELLED, EnumSet.of(PENDING));
    }

    private TaskTransitions() {
    }

    public static boolean isAllowed(TaskStatus from, TaskStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /** Fails when the change is not in the table: a programming error, never a user's. */
    public static void check(TaskStatus from, TaskStatus to) {
        if (!isAllowed(from, to)) {
            throw new IllegalStateException("A task cannot go from " + from + " to " + to);
        }
    }
}
