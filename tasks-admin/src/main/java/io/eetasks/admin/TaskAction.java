package io.eetasks.admin;

import java.util.Arrays;
import java.util.Locale;

/** What an operator can do to a task from the console. */
public enum TaskAction {

    /** Cancel a task that has not finished (and the children it waits for). */
    CANCEL,
    /** Run a FAILED or CANCELLED task again. */
    RETRY,
    /** Send a SCHEDULED or RETRY_WAIT task now. */
    RUN_NOW,
    /** Delete a finished task and its history. */
    DELETE;

    /** The action's name in the API. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The action named as in the API: cancel, retry, run-now, delete. */
    public static TaskAction named(String name) {
        String normalised = name == null ? "" : name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(action -> action.name().equals(normalised)).findFirst()
                .orElseThrow(() -> new BadRequestException("Unknown action '" + name
                        + "'; use one of cancel, retry, run-now, delete"));
    }
}
