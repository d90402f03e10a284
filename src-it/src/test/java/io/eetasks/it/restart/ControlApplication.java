package io.eetasks.it.restart;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Lets a test outside the server submit and read tasks while it stops, kills and starts the server. */
@ApplicationPath("control")
public class ControlApplication extends Application {
}
