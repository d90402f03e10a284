package io.eetasks.bridge;

import io.eetasks.RetryPolicy;
import jakarta.enterprise.inject.spi.Bean;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.time.Duration;

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
 */
record TaskMethod(String name, Bean<?> bean, Method method, ReturnKind returnKind, Type resultType,
                  boolean executeNow, RetryPolicy retry, Duration timeout) {

    /** The name used when the annotation gives none: {@code <bean class name>.<method name>}. */
    static String defaultName(Method method) {
        return method.getDeclaringClass().getName() + "." + method.getName();
    }
}
