package io.eetasks.bridge;

import io.eetasks.RetryPolicy;

import java.util.List;
import java.util.Set;

/** Runs an application's task methods on behalf of the runtime; one per application. */
public interface TaskInvoker {

    /** The application whose tasks this invoker runs. */
    String application();

    /** The names of the tasks this application provides. */
    Set<String> taskNames();

    /** The retry policy the named task's method declares, or {@code null} if it declares none. */
    RetryPolicy declaredRetryPolicy(String taskName);

    /** The schedules its methods declare with {@link io.eetasks.Recurring}. */
    List<ScheduleDefinition> declaredSchedules();

    /**
     * Runs the task, in the caller's thread and transaction, inside the application (its class
     * loader, CDI contexts), with its {@link io.eetasks.TaskContext} set.
     *
     * @return the result as JSON, {@code null} for a method without result
     * @throws Exception whatever the task method threw
     */
    String invoke(TaskCall call) throws Exception;
}
