package io.eetasks.bridge;

import java.lang.reflect.Method;

/**
 * Tells the interceptor that the next call of a given method on this thread is the task's own
 * execution, so it must run the method instead of submitting it again. The mark is used once:
 * task methods that the task calls while it runs are submitted as usual.
 */
final class ExecutionMarker {

    private static final ThreadLocal<Method> MARKED = new ThreadLocal<>();

    private ExecutionMarker() {
    }

    static void mark(Method method) {
        MARKED.set(method);
    }

    /** Whether this call is the marked execution; consumes the mark if so. */
    static boolean consume(Method method) {
        Method marked = MARKED.get();
        if (marked != null && marked.equals(method)) {
            MARKED.remove();
            return true;
        }
        return false;
    }

    static void clear() {
        MARKED.remove();
    }
}
