package io.eetasks.bridge;

import io.eetasks.TaskOptions;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Carries the options of {@code TaskService.submit(options, call)} to the interceptor, and brings
 * back the task call of {@code TaskService.schedule(schedule, call)} without submitting it.
 */
final class SubmissionScope {

    private static final ThreadLocal<State> CURRENT = new ThreadLocal<>();

    private SubmissionScope() {
    }

    /** Runs {@code call}, recording instead of submitting the first task call it makes. */
    static Submission capture(Runnable call) {
        State previous = CURRENT.get();
        State state = new State(TaskOptions.defaults());
        state.capturing = true;
        CURRENT.set(state);
        try {
            call.run();
            if (state.captured == null) {
                throw new IllegalArgumentException("The call given to TaskService.schedule(schedule, call) invoked"
                        + " no @DistributedTask method, so there is nothing to repeat. Call the task method itself"
                        + " inside it, e.g. () -> reports.build(\"daily\").");
            }
            return state.captured;
        } finally {
            restore(previous);
        }
    }

    /** In a capture, keeps the submission instead of letting it be submitted; false outside one. */
    static boolean captured(Submission submission) {
        State state = CURRENT.get();
        if (state == null || !state.capturing || state.captured != null) {
            return false;
        }
        state.captured = submission;
        return true;
    }

    static <T> T call(TaskOptions options, Supplier<T> call) {
        State previous = CURRENT.get();
        State state = new State(options);
        CURRENT.set(state);
        try {
            T value = call.get();
            requireSubmitted(state);
            return value;
        } finally {
            restore(previous);
        }
    }

    /** As {@link #call}, for a call that returns nothing: the id of the task it submitted. */
    static UUID run(TaskOptions options, Runnable call) {
        return call(options, () -> {
            call.run();
            return CURRENT.get();
        }).taskId;
    }

    private static void requireSubmitted(State state) {
        if (!state.used) {
            throw new IllegalArgumentException("The call given to TaskService.submit(options, call)"
                    + " invoked no @DistributedTask method, so nothing was submitted. Call the task"
                    + " method itself inside it, e.g. () -> greeter.greet(\"Ada\").");
        }
    }

    private static void restore(State previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    /**
     * The options for the submission being made now, and where to report its id: the first task call
     * takes them; later ones (also those the task makes when it runs at once) get the defaults.
     */
    static Ticket take() {
        State state = CURRENT.get();
        if (state == null || state.used) {
            return DEFAULTS;
        }
        state.used = true;
        return state;
    }

    /** The options of one submission, and where its task id goes. */
    interface Ticket {
        TaskOptions options();

        void submitted(UUID taskId);
    }

    private static final Ticket DEFAULTS = new Ticket() {
        @Override
        public TaskOptions options() {
            return TaskOptions.defaults();
        }

        @Override
        public void submitted(UUID taskId) {
        }
    };

    private static final class State implements Ticket {
        private final TaskOptions options;
        private boolean used;
        private UUID taskId;
        private boolean capturing;
        private Submission captured;

        State(TaskOptions options) {
            this.options = options;
        }

        @Override
        public TaskOptions options() {
            return options;
        }

        @Override
        public void submitted(UUID id) {
            taskId = id;
        }
    }
}
