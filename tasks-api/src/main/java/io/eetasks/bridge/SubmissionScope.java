package io.eetasks.bridge;

import io.eetasks.TaskOptions;

import java.util.function.Supplier;

/** Carries the options of {@code TaskService.submit(options, call)} to the interceptor. */
final class SubmissionScope {

    private static final ThreadLocal<State> CURRENT = new ThreadLocal<>();

    private SubmissionScope() {
    }

    static <T> T call(TaskOptions options, Supplier<T> call) {
        State previous = CURRENT.get();
        State state = new State(options);
        CURRENT.set(state);
        try {
            T value = call.get();
            if (!state.used) {
                throw new IllegalArgumentException("The call given to TaskService.submit(options, call)"
                        + " invoked no @DistributedTask method, so nothing was submitted. Call the task"
                        + " method itself inside it, e.g. () -> greeter.greet(\"Ada\").");
            }
            return value;
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** The options for the submission being made now; the first task call takes them. */
    static TaskOptions take() {
        State state = CURRENT.get();
        if (state == null || state.used) {
            return TaskOptions.defaults();
        }
        state.used = true;
        return state.options;
    }

    private static final class State {
        private final TaskOptions options;
        private boolean used;

        State(TaskOptions options) {
            this.options = options;
        }
    }
}
