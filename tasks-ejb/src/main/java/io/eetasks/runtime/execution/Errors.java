package io.eetasks.runtime.execution;

import io.eetasks.TaskError;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Turns a throwable into the text form that is stored and shown. */
final class Errors {

    private Errors() {
    }

    static TaskError of(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return new TaskError(failure.getClass().getName(), failure.getMessage(), trace.toString());
    }
}
