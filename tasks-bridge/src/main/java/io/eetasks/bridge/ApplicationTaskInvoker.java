package io.eetasks.bridge;

import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one application's task methods for the runtime, on the runtime's thread: it switches to
 * the application's class loader, activates a request context, and calls the bean through its
 * contextual reference so that the application's own interceptors apply.
 */
final class ApplicationTaskInvoker implements TaskInvoker {

    private final String application;
    private final Map<String, TaskMethod> tasksByName;
    private final List<ScheduleDefinition> schedules;
    private final BeanManager beanManager;
    private final JsonCodec codec;
    private final ClassLoader classLoader;
    private final Instance<RequestContextController> requestContexts;
    /**
     * Controllers between two calls, kept because making one resolves its observers (a few percent of
     * a no-op task's CPU). A controller is used by one thread at a time and keeps no state between an
     * activation and its deactivation; there are never more of them than calls running at once.
     */
    private final ConcurrentLinkedQueue<RequestContextController> idleRequestContexts = new ConcurrentLinkedQueue<>();

    ApplicationTaskInvoker(String application, Map<String, TaskMethod> tasksByName, List<ScheduleDefinition> schedules,
                           BeanManager beanManager, JsonCodec codec, ClassLoader classLoader) {
        this.application = application;
        this.tasksByName = Map.copyOf(tasksByName);
        this.schedules = List.copyOf(schedules);
        this.beanManager = beanManager;
        this.codec = codec;
        this.classLoader = classLoader;
        this.requestContexts = beanManager.createInstance().select(RequestContextController.class);
    }

    @Override
    public String application() {
        return application;
    }

    @Override
    public Set<String> taskNames() {
        return tasksByName.keySet();
    }

    @Override
    public Submission declaredCall(String taskName, String payloadJson) {
        TaskMethod task = tasksByName.get(taskName);
        return task == null ? null : task.plainCall(application, payloadJson);
    }

    @Override
    public List<ScheduleDefinition> declaredSchedules() {
        return schedules;
    }

    @Override
    public String invoke(TaskCall call) throws Exception {
        TaskMethod task = tasksByName.get(call.name());
        if (task == null) {
            throw new IllegalArgumentException("Application " + application + " provides no task named "
                    + call.name() + "; it provides " + taskNames());
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classLoader);
        RequestContextController idle = idleRequestContexts.poll();
        RequestContextController requestContext = idle != null ? idle : requestContexts.get();
        boolean activated = requestContext.activate();
        CreationalContext<?> creationalContext = beanManager.createCreationalContext(task.bean());
        CurrentTask outer = CurrentTask.enter(call);
        try {
            Object[] arguments = codec.readArguments(call.name(), call.payloadJson(),
                    task.method().getGenericParameterTypes());
            Object bean = beanManager.getReference(task.bean(), task.bean().getBeanClass(), creationalContext);
            ExecutionMarker.mark(task.method());
            return codec.writeResult(unwrap(task.method().invoke(bean, arguments), call));
        } catch (InvocationTargetException e) {
            throw rethrowable(e.getCause());
        } finally {
            CurrentTask.leave(outer);
            ExecutionMarker.clear();
            creationalContext.release();
            if (activated) {
                requestContext.deactivate();
            }
            idleRequestContexts.add(requestContext);
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * The result a method returned, waiting for a {@code CompletionStage} at most {@code call.resultWait()}:
     * one that never completes would hold the consumer for ever while its lease is renewed.
     */
    private static Object unwrap(Object returned, TaskCall call) throws Exception {
        if (returned instanceof ResultCarrier<?> carrier) {
            return carrier.result();
        }
        if (returned instanceof CompletionStage<?> stage) {
            CompletableFuture<?> future = stage.toCompletableFuture();
            try {
                return future.get(call.resultWait().toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                throw rethrowable(e.getCause());
            } catch (TimeoutException e) {
                future.cancel(true);
                throw new TimeoutException("Task " + call.name() + " (" + call.taskId() + ") returned a CompletionStage"
                        + " that did not complete within " + call.resultWait() + "; the attempt fails");
            }
        }
        return returned;
    }

    private static Exception rethrowable(Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        return (Exception) cause;
    }
}
