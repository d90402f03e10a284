package io.eetasks.bridge;

import io.eetasks.CallbackCondition;
import io.eetasks.DistributedTask;
import io.eetasks.TaskOptions;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private final TasksExtension extension;

    /**
     * Takes the extension from the bean manager: injecting it by type would give a new instance
     * here, because the module's classes form a bean archive of their own.
     */
    @Inject
    public DistributedTaskInterceptor(BeanManager beanManager) {
        this.extension = beanManager.getExtension(TasksExtension.class);
    }

    private static List<Map.Entry<CallbackCondition, String>> withCallbacksOf(TaskMethod task, TaskOptions options) {
        if (options.callbacks().isEmpty()) {
            return task.callbacks();
        }
        List<Map.Entry<CallbackCondition, String>> all = new ArrayList<>(task.callbacks());
        all.addAll(options.callbacks());
        return all;
    }

    private static List<String> withLabelsOf(TaskMethod task, TaskOptions options) {
        if (options.labels().isEmpty()) {
            return task.labels();
        }
        return TaskOptions.defaults().withLabels(task.labels().toArray(String[]::new))
                .withLabels(options.labels().toArray(String[]::new)).labels();
    }

    /** The options' key if they name a limit, else the key of the method's limit for these arguments. */
    private static String limitKeyOf(TaskMethod task, TaskOptions options, Object[] arguments) {
        if (options.limit().isPresent()) {
            return options.limitKey().orElseThrow();
        }
        return task.limit() == null ? null : LimitKeys.resolve(task.limitKey(), task.name(), arguments);
    }

    @AroundInvoke
    public Object submitOrRun(InvocationContext invocation) throws Exception {
        if (ExecutionMarker.consume(invocation.getMethod())) {
            return invocation.proceed();
        }
        TaskMethod task = extension.taskMethod(invocation.getMethod());
        if (task == null) {
            return invocation.proceed();
        }
        SubmissionScope.Ticket ticket = SubmissionScope.take();
        TaskOptions options = ticket.options();
        extension.validation().check(task.name(), invocation.getTarget(), invocation.getMethod(),
                invocation.getParameters());
        Submission submission = new Submission(extension.application(), task.name(),
                extension.codec().writeArguments(invocation.getParameters()),
                options.isExecuteNow() || (task.executeNow() && options.runAtInstant().isEmpty()),
                options.runAtInstant().orElse(null), options.retry().orElse(task.retry()),
                options.timeout().orElse(task.timeout()), withCallbacksOf(task, options), task.onChildFailure(),
                options.queue().orElse(task.queue()), options.idempotencyKey().orElse(null),
                options.priority().orElse(task.priority()), withLabelsOf(task, options),
                options.limit().orElse(task.limit()), limitKeyOf(task, options, invocation.getParameters()));
        if (options.queue().isPresent()) {
            String problem = ApplicationTaskService.runtime().queueProblem(options.queue().get());
            if (problem != null) {
                throw new IllegalArgumentException("Task " + task.name() + " cannot be submitted: " + problem);
            }
        }
        if (submission.limit() != null) {
            String problem = ApplicationTaskService.runtime().limitProblem(submission.limit());
            if (problem != null) {
                throw new IllegalArgumentException("Task " + task.name() + " cannot be submitted: " + problem);
            }
        }
        if (SubmissionScope.captured(submission)) {
            return null;
        }
        UUID taskId = ApplicationTaskService.runtime().submit(submission);
        ticket.submitted(taskId);
        LOG.debugf("Submitted task %s (%s)", task.name(), taskId);
        return extension.taskService().returnValueFor(task, taskId);
    }
}
