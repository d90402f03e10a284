package io.eetasks.admin;

/** A request the API cannot serve as asked; answered 400 with the message. */
public class BadRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadRequestException(String message) {
        super(message);
    }
}
