package io.eetasks.admin;

/** Something the request names does not exist (a dead letter, say); answered 404 with the message. */
public class NotFoundProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundProblem(String message) {
        super(message);
    }
}
