package io.eetasks;

/** No recurring schedule has the given name. */
public class ScheduleNotFoundException extends TaskException {

    private static final long serialVersionUID = 1L;

    public ScheduleNotFoundException(String name) {
        super("No recurring schedule is named '" + name + "'");
    }
}
