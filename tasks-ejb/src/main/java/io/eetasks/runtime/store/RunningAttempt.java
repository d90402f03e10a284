package io.eetasks.runtime.store;

import java.util.UUID;

/**
 * One attempt of a task on one node. Every change that ends an attempt names it, so a node whose
 * attempt was taken over (its lease expired) cannot record an outcome for it any more.
 *
 * @param taskId  the task
 * @param attempt the attempt's number
 * @param node    the node that runs it
 * @param leaseExpired whether ending it requires its lease to have expired (by the database's
 *                     clock): so when another node ends it, only one does, and only if the
 *                     node that runs it has not renewed the lease meanwhile
 */
public record RunningAttempt(UUID taskId, int attempt, String node, boolean leaseExpired) {

    /** The attempt the task is in, ended by the node that runs it. */
    public static RunningAttempt of(Task task) {
        return new RunningAttempt(task.getId(), task.getAttempt(), task.getNode(), false);
    }

    /** The attempt the task is in, ended by another node because its lease expired. */
    public static RunningAttempt expired(Task task) {
        return new RunningAttempt(task.getId(), task.getAttempt(), task.getNode(), true);
    }
}
