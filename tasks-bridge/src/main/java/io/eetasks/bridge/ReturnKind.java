package io.eetasks.bridge;

import io.eetasks.TaskHandle;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The return types a task method may declare, and what the caller gets for each. */
enum ReturnKind {
    /** The caller gets nothing. */
    VOID,
    /** The caller gets a {@link TaskHandle} of the task. */
    HANDLE,
    /** The caller gets a future completed when the task finishes. */
    FUTURE;

    /** The kind of the method's return type, or {@code null} if it is not supported. */
    static ReturnKind of(Method method) {
        Class<?> type = method.getReturnType();
        if (type == void.class) {
            return VOID;
        }
        if (type == TaskHandle.class) {
            return HANDLE;
        }
        if (type == CompletionStage.class || type == CompletableFuture.class) {
            return FUTURE;
        }
        return null;
    }

    /** The type of the result: the type argument of the return type, {@code Object} if raw. */
    static Type resultType(Method method) {
        Type generic = method.getGenericReturnType();
        if (generic instanceof ParameterizedType parameterized) {
            return parameterized.getActualTypeArguments()[0];
        }
        return method.getReturnType() == void.class ? Void.class : Object.class;
    }
}
