package io.eetasks;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a CDI bean as a distributed task.
 *
 * <p>Calling the method does not run it: the call validates the arguments, records a task in the
 * caller's transaction and returns at once. After that transaction commits, the task runs on any
 * node, in its own JTA transaction, inside the application that declares it.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class Greeter {
 *     @DistributedTask(name = "greet")
 *     public TaskHandle<String> greet(@NotBlank String name) {
 *         return TaskHandle.completed("Hello, " + name);
 *     }
 * }
 * }</pre>
 *
 * <p>Supported return types: {@code void} (the caller learns nothing), {@link TaskHandle}{@code <R>}
 * (the caller gets the task id and can await the result), and {@code CompletionStage<R>} or
 * {@code CompletableFuture<R>} (completed when the task finishes). Inside the method body, return
 * {@link TaskHandle#completed(Object)} or {@code CompletableFuture.completedFuture(value)}.
 *
 * <p>Arguments and results are serialised with JSON-B, so they must be JSON-B friendly types.
 */
@InterceptorBinding
@Inherited
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface DistributedTask {

    /**
     * The stable task name. Tasks are stored and routed by it, so keep it when you rename the
     * method. Defaults to {@code <bean class name>.<method name>}.
     */
    @Nonbinding
    String name() default "";

    /**
     * Runs every call of this method at once in the caller's thread (still recorded as a task).
     * See {@link TaskOptions#executeNow()}.
     */
    @Nonbinding
    boolean executeNow() default false;

    /**
     * The queue the task is sent to; empty for the {@code default} queue. Each queue is its own
     * broker queue with its own consumers, served by the nodes configured for it
     * ({@code tasks.node.queues}), so slow or heavy work can be kept apart. A queue the runtime does
     * not know fails the deployment, naming the fix.
     */
    @Nonbinding
    String queue() default "";

    /**
     * How long one attempt may run, as an ISO-8601 duration (for example {@code "PT30S"}); empty for
     * no limit. An attempt that runs longer has its transaction rolled back and fails with
     * a timeout, then is retried as its retry policy says. A bad value fails the deployment.
     */
    @Nonbinding
    String timeout() default "";

    /** Tasks of this application (by name) submitted when this task COMPLETED; they receive its {@link TaskOutcome}. */
    @Nonbinding
    String[] onSuccess() default {};

    /** Tasks of this application submitted when this task FAILED after its last attempt. */
    @Nonbinding
    String[] onFailure() default {};

    /** Tasks of this application submitted when this task finished in any way. */
    @Nonbinding
    String[] onAnyCompletion() default {};

    /**
     * What this task does, as a parent, when one of the tasks it submitted fails. See
     * {@link ChildFailurePolicy}; by default it waits for all its children and fails if any failed.
     */
    @Nonbinding
    ChildFailurePolicy onChildFailure() default ChildFailurePolicy.CONTINUE;

    /**
     * The task's priority, from {@value TaskOptions#MIN_PRIORITY} (lowest) to
     * {@value TaskOptions#MAX_PRIORITY} (highest). Within its queue, a waiting task of a higher priority
     * starts before waiting tasks of lower ones, on every node; a retried, scheduled or re-sent task keeps
     * it. A value out of range fails the deployment.
     */
    @Nonbinding
    int priority() default TaskOptions.DEFAULT_PRIORITY;

    /**
     * Labels every task of this method carries: free-form tags (such as {@code "billing"}) the console
     * and the admin API filter by. See {@link TaskOptions#withLabels} for what a label may be; a bad
     * one fails the deployment. A task's children and callbacks do not inherit them.
     */
    @Nonbinding
    String[] labels() default {};

    /**
     * The {@link TaskLimit} its tasks start under, by name; empty for none. A task waiting for the
     * limit holds no consumer, and starts as soon as the limit allows, by priority, then age. A task
     * submitted with a limit that is not defined ({@link TaskService#defineLimit}) is refused.
     */
    @Nonbinding
    String limit() default "";

    /**
     * The key of the {@link #limit()}: each key has the limit to itself. {@code {0}}, {@code {1}}, ...
     * stand for the task's arguments (their {@code toString()}), so {@code "customer-{0}"} with a limit of
     * one running task is a mutex per customer. Empty for one key for all the limit's tasks. At most 200
     * characters once resolved.
     */
    @Nonbinding
    String limitKey() default "";
}
