package io.eetasks.admin;

import io.eetasks.TaskInfo;
import io.eetasks.TaskNotFoundException;
import io.eetasks.TaskStatus;
import io.eetasks.bridge.TaskRuntime;
import io.eetasks.runtime.facade.TaskControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** Carries out console actions on one task; each is the same operation applications call through TaskService. */
@ApplicationScoped
public class TaskActions {

    @Inject
    TaskRuntime runtime;

    @Inject
    TaskControl control;

    /**
     * Applies the action, or says why it cannot.
     *
     * @return the task as it is afterwards
     * @throws TaskNotFoundException if there is no such task
     * @throws ConflictException     if the task's status does not allow the action
     */
    public TaskInfo apply(TaskAction action, UUID taskId) {
        if (!tryApply(action, taskId)) {
            TaskInfo task = find(taskId);
            throw new ConflictException("Task " + task.name() + " (" + taskId + ") is " + task.status() + "; "
                    + switch (action) {
                        case CANCEL -> "it has finished already";
                        case RETRY -> "only FAILED or CANCELLED tasks can be retried";
                        case RUN_NOW -> "only SCHEDULED or RETRY_WAIT tasks can be run now";
                        case DELETE -> "only finished tasks can be deleted";
                    });
        }
        return action == TaskAction.DELETE ? null : find(taskId);
    }

    /** Applies the action if the task's status allows it; false if it does not (or there is no such task). */
    public boolean tryApply(TaskAction action, UUID taskId) {
        return switch (action) {
            case CANCEL -> {
                TaskStatus status = runtime.cancel(taskId);
                yield status == TaskStatus.CANCELLED || status == TaskStatus.RUNNING;
            }
            case RETRY -> runtime.rerun(taskId);
            case RUN_NOW -> control.runNow(taskId);
            case DELETE -> control.delete(taskId);
        };
    }

    private TaskInfo find(UUID taskId) {
        TaskInfo task = runtime.find(taskId);
        if (task == null) {
            throw new TaskNotFoundException(taskId);
        }
        return task;
    }
}
