package io.eetasks.bridge;

import io.eetasks.CallbackCondition;
import io.eetasks.ChildFailurePolicy;
import io.eetasks.DistributedTask;
import io.eetasks.RetryPolicy;
import jakarta.enterprise.inject.spi.Bean;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A method annotated with {@code @DistributedTask}, as found at deployment.
 *
 * @param name       the task name
 * @param bean       the bean that declares it
 * @param method     the method
 * @param returnKind what the caller gets back
 * @param resultType the type of the task's result
 * @param executeNow whether every call runs at once in the caller's thread
 * @param retry      its retry policy, {@code null} for the runtime's default
 * @param timeout    how long one attempt may run, {@code null} for no limit
 * @param callbacks  the callbacks its annotation declares
 * @param onChildFailure what it does, as a parent, when a child fails
 * @param queue      the queue its annotation names, {@code null} for the default queue
 * @param priority   the priority its annotation gives
 * @param labels     the labels its annotation gives
 * @param limit      the limit its annotation names, or {@code null}
 * @param limitKey   the template of that limit's key ({@code ""} for its one shared key)
 */
record TaskMethod(String name, Bean<?> bean, Method method, ReturnKind returnKind, Type resultType,
                  boolean executeNow, RetryPolicy retry, Duration timeout,
                  List<Map.Entry<CallbackCondition, String>> callbacks, ChildFailurePolicy onChildFailure,
                  String queue, int priority, List<String> labels, String limit, String limitKey) {

    /**
     * The submission a plain call of this method with these arguments makes, through the queue. Its limit
     * key is the template's, with no argument put in: a call made from JSON (a schedule, a callback) has
     * no arguments at hand, so such a key should not name any.
     */
    Submission plainCall(String application, String payloadJson) {
        return new Submission(application, name, payloadJson, false, null, retry, timeout, callbacks, onChildFailure,
                queue, null, priority, labels, limit, limitKey);
    }

    /** The callbacks an annotation declares, in the order success, failure, any completion. */
    static List<Map.Entry<CallbackCondition, String>> callbacksOf(DistributedTask annotation) {
        List<Map.Entry<CallbackCondition, String>> callbacks = new ArrayList<>();
        Arrays.stream(annotation.onSuccess()).forEach(name -> callbacks.add(Map.entry(CallbackCondition.ON_SUCCESS, name)));
        Arrays.stream(annotation.onFailure()).forEach(name -> callbacks.add(Map.entry(CallbackCondition.ON_FAILURE, name)));
        Arrays.stream(annotation.onAnyCompletion())
                .forEach(name -> callbacks.add(Map.entry(CallbackCondition.ON_ANY_COMPLETION, name)));
        return List.copyOf(callbacks);
    }

    /** The name used when the annotation gives none: {@code <bean class name>.<method name>}. */
    static String defaultName(Method method) {
        return method.getDeclaringClass().getName() + "." + method.getName();
    }
}
