package io.eetasks.it.support;

import jakarta.enterprise.context.RequestScoped;

/** State of one request: a task that finds it already touched ran in another task's request. */
@RequestScoped
public class RequestState {

    private int touches;

    /** Returns how many times this request's state was touched, this time included. */
    public int touch() {
        return ++touches;
    }
}
