package io.eetasks.bridge;

import io.eetasks.DistributedTask;
import io.eetasks.TaskOptions;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.jboss.logging.Logger;

import java.util.Set;
import java.util.UUID;

/**
 * Turns a call of a {@link DistributedTask} method into a submitted task, unless the call is the
 * task's own execution. Runs before {@code @Transactional} so that a transactional task method
 * gets its transaction when it runs, not when it is submitted.
 */
@Interceptor
@DistributedTask
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 150)
public class DistributedTaskInterceptor {

    private static final Logger LOG = Logger.getLogger(DistributedTaskInterceptor.class);

    @Inject
    TasksExtension extension;

    @Inject
    Validator validator;

    @AroundInvoke
    public Object submitOrRun(InvocationContext invocation) throws Exception {
        if (ExecutionMarker.consume(invocation.getMethod())) {
            return invocation.proceed();
        }
        TaskMethod task = extension.taskMethod(invocation.getMethod());
        if (task == null) {
            return invocation.proceed();
        }
        TaskOptions options = SubmissionScope.take();
        validateArguments(invocation);
        Submission submission = new Submission(extension.application(), task.name(),
                extension.codec().writeArguments(invocation.getParameters()),
                options.isExecuteNow() || task.executeNow());
        UUID taskId = ApplicationTaskService.runtime().submit(submission);
        LOG.debugf("Submitted task %s (%s)", task.name(), taskId);
        return extension.taskService().returnValueFor(task, taskId);
    }

    private void validateArguments(InvocationContext invocation) {
        Set<ConstraintViolation<Object>> violations = validator.forExecutables()
                .validateParameters(invocation.getTarget(), invocation.getMethod(), invocation.getParameters());
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException("Invalid arguments for task "
                    + extension.taskMethod(invocation.getMethod()).name() + ", nothing was submitted: "
                    + describe(violations), violations);
        }
    }

    private static String describe(Set<ConstraintViolation<Object>> violations) {
        StringBuilder text = new StringBuilder();
        for (ConstraintViolation<Object> violation : violations) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(violation.getPropertyPath()).append(' ').append(violation.getMessage());
        }
        return text.toString();
    }
}
