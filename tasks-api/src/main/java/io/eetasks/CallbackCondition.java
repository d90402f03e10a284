package io.eetasks;

/** When a callback task is submitted, by how its source task finished. */
public enum CallbackCondition {
    /** The source task COMPLETED. */
    ON_SUCCESS,
    /** The source task FAILED (after its last attempt). */
    ON_FAILURE,
    /** The source task finished in any way: COMPLETED, FAILED or CANCELLED. */
    ON_ANY_COMPLETION;

    /** Whether a source task that finished with {@code status} triggers this condition. */
    public boolean matches(TaskStatus status) {
        return switch (this) {
            case ON_SUCCESS -> status == TaskStatus.COMPLETED;
            case ON_FAILURE -> status == TaskStatus.FAILED;
            case ON_ANY_COMPLETION -> status.isTerminal();
        };
    }
}
