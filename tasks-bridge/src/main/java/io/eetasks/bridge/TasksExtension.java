package io.eetasks.bridge;

import io.eetasks.DistributedTask;
import io.eetasks.RecurringSchedule;
import io.eetasks.RetryPolicy;
import io.eetasks.TaskOptions;
import io.eetasks.TaskService;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.BeforeShutdown;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.Interceptor;
import jakarta.enterprise.inject.spi.ProcessBean;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.json.bind.JsonbBuilder;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loaded in every application that imports the module with its services. Registers the
 * interceptor, finds the task methods, offers a {@link TaskService} bean, and registers the
 * application's invoker with the runtime once the deployment is valid.
 */
public class TasksExtension implements Extension {

    private final Map<Method, TaskMethod> tasksByMethod = new ConcurrentHashMap<>();
    private final Map<String, TaskMethod> tasksByName = new TreeMap<>();
    private final ArgumentValidation validation = new ArgumentValidation();
    private final Map<RecurringSchedule, TaskMethod> declaredSchedules = new LinkedHashMap<>();
    private boolean taskServiceBeanFound;
    private volatile String application;
    private volatile JsonCodec codec;
    private volatile ApplicationTaskService taskService;
    private ApplicationTaskInvoker invoker;

    void registerInterceptor(@Observes BeforeBeanDiscovery discovery, BeanManager beanManager) {
        discovery.addAnnotatedType(beanManager.createAnnotatedType(DistributedTaskInterceptor.class),
                DistributedTaskInterceptor.class.getName());
    }

    <T> void findTaskMethods(@Observes ProcessManagedBean<T> event) {
        if (event.getBean() instanceof Interceptor<?>) {
            return;
        }
        AnnotatedType<T> type = event.getAnnotatedBeanClass();
        DistributedTask onType = type.getAnnotation(DistributedTask.class);
        for (AnnotatedMethod<? super T> annotated : type.getMethods()) {
            Method method = annotated.getJavaMember();
            DistributedTask annotation = annotated.getAnnotation(DistributedTask.class);
            if (annotation == null && onType != null && isBusinessMethod(method)) {
                annotation = onType;
            }
            if (annotation == null) {
                continue;
            }
            ReturnKind kind = ReturnKind.of(method);
            if (kind == null) {
                event.addDefinitionError(new DeploymentException("@DistributedTask method " + method
                        + " returns " + method.getReturnType().getName() + "; a task method must return"
                        + " void, TaskHandle<R>, CompletionStage<R> or CompletableFuture<R>"));
                continue;
            }
            String name = annotation.name().isBlank() ? TaskMethod.defaultName(method) : annotation.name();
            RetryPolicy retry;
            Duration timeout;
            RecurringSchedule schedule;
            TaskOptions declared;
            try {
                declared = TaskOptions.defaults().withPriority(annotation.priority()).withLabels(annotation.labels());
                LimitKeys.check(annotation.limitKey(), method);
                if (annotation.limit().isBlank() && !annotation.limitKey().isBlank()) {
                    throw new IllegalArgumentException("limitKey '" + annotation.limitKey() + "' is given without a"
                            + " limit; name the limit with limit = \"...\"");
                }
            } catch (IllegalArgumentException e) {
                event.addDefinitionError(new DeploymentException("@DistributedTask on " + method + ": "
                        + e.getMessage()));
                continue;
            }
            try {
                retry = TaskAnnotations.policyOf(method);
                timeout = TaskAnnotations.timeoutOf(method, annotation.timeout());
                schedule = TaskAnnotations.scheduleOf(method, name);
            } catch (IllegalArgumentException e) {
                event.addDefinitionError(new DeploymentException(e.getMessage()));
                continue;
            }
            TaskMethod task = new TaskMethod(name, event.getBean(), method, kind, ReturnKind.resultType(method),
                    annotation.executeNow(), retry, timeout, TaskMethod.callbacksOf(annotation),
                    annotation.onChildFailure(), annotation.queue().isBlank() ? null : annotation.queue(),
                    annotation.priority(), declared.labels(), annotation.limit().isBlank() ? null : annotation.limit(),
                    annotation.limitKey());
            TaskMethod clash = tasksByName.putIfAbsent(name, task);
            if (clash != null && !clash.method().equals(method)) {
                event.addDefinitionError(new DeploymentException("Two @DistributedTask methods share the"
                        + " task name '" + name + "': " + clash.method() + " and " + method
                        + "; give one of them another name"));
                continue;
            }
            tasksByMethod.put(method, task);
            if (schedule != null) {
                declaredSchedules.put(schedule, task);
            }
        }
    }

    void noticeTaskServiceBean(@Observes ProcessBean<?> event) {
        if (event.getBean().getTypes().contains(TaskService.class)) {
            taskServiceBeanFound = true;
        }
    }

    void addTaskServiceBean(@Observes AfterBeanDiscovery discovery) {
        codec = new JsonCodec(JsonbBuilder.create());
        taskService = new ApplicationTaskService(codec, this::application);
        if (!taskServiceBeanFound) {
            discovery.addBean()
                    .types(TaskService.class, Object.class)
                    .scope(Dependent.class)
                    .beanClass(ApplicationTaskService.class)
                    .createWith(context -> taskService);
        }
    }

    void registerApplication(@Observes AfterDeploymentValidation validation, BeanManager beanManager) {
        if (tasksByName.isEmpty()) {
            return;
        }
        List<ScheduleDefinition> schedules = new ArrayList<>();
        declaredSchedules.forEach((schedule, task) -> schedules.add(new ScheduleDefinition(schedule,
                task.plainCall(application(), "[]"))));
        TaskRegistry.runtime().ifPresent(runtime -> tasksByName.values().stream()
                .filter(task -> task.queue() != null)
                .forEach(task -> {
                    String problem = runtime.queueProblem(task.queue());
                    if (problem != null) {
                        validation.addDeploymentProblem(new DeploymentException("@DistributedTask "
                                + task.name() + " (" + task.method() + "): " + problem));
                    }
                }));
        TaskRegistry.runtime().ifPresent(runtime -> declaredSchedules.forEach((schedule, task) -> {
            String problem = runtime.scheduleProblem(schedule);
            if (problem != null) {
                validation.addDeploymentProblem(new DeploymentException("@Recurring schedule "
                        + schedule.name() + " on " + task.method() + " is not valid: " + problem));
            }
        }));
        invoker = new ApplicationTaskInvoker(application(), tasksByName, schedules, beanManager, codec,
                Thread.currentThread().getContextClassLoader());
        TaskRegistry.registerApplication(invoker);
        BridgeLog.LOG.applicationDeployed(application(), tasksByName.size(), tasksByName.keySet());
    }

    void unregisterApplication(@Observes BeforeShutdown shutdown) {
        if (invoker != null) {
            TaskRegistry.unregisterApplication(invoker);
            BridgeLog.LOG.applicationUndeployed(invoker.application());
        }
    }

    TaskMethod taskMethod(Method method) {
        return tasksByMethod.get(method);
    }

    String application() {
        if (application == null) {
            application = ApplicationName.current();
        }
        return application;
    }

    ArgumentValidation validation() {
        return validation;
    }

    JsonCodec codec() {
        return codec;
    }

    ApplicationTaskService taskService() {
        return taskService;
    }

    private static boolean isBusinessMethod(Method method) {
        int modifiers = method.getModifiers();
        return Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers)
                && method.getDeclaringClass() != Object.class;
    }
}
