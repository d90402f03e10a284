package io.eetasks.admin;

/** An action the task's current state does not allow (say, retrying a task that is running); answered 409. */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
