package io.eetasks.bridge;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Finds the name of the application being deployed, which tasks are routed by. */
final class ApplicationName {

    private ApplicationName() {
    }

    /** The Jakarta EE application name ({@code java:app/AppName}); for a WAR, its name without ".war". */
    static String current() {
        try {
            return (String) new InitialContext().lookup("java:app/AppName");
        } catch (NamingException e) {
            throw new IllegalStateException("EE Tasks cannot tell this application's name from"
                    + " java:app/AppName, so it cannot route its tasks", e);
        }
    }
}
