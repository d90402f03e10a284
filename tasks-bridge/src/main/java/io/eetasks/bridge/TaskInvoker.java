package io.eetasks.bridge;

import java.util.List;
import java.util.Set;

/** Runs an application's task methods on behalf of the runtime; one per application. */
public interface TaskInvoker {

    /** The application whose tasks this invoker runs. */
    String application();

    /** The names of the tasks this application provides. */
    Set<String> taskNames();

    /**
     * The submission a plain call of the named task with these arguments makes: its method's retry
     * policy, timeout, callbacks and child-failure policy. {@code null} if there is no such task.
     */
    Submission declaredCall(String taskName, String payloadJson);

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
