package io.eetasks;

/**
 * The EE Tasks runtime (the tasks EAR) is not deployed on this server, so nothing can be submitted
 * or awaited. Nothing was recorded.
 */
public class TasksUnavailableException extends TaskException {

    private static final long serialVersionUID = 1L;

    public TasksUnavailableException() {
        super("The EE Tasks runtime is not deployed on this server: deploy tasks-ear.ear before"
                + " submitting or awaiting tasks. Nothing was recorded.");
    }
}
