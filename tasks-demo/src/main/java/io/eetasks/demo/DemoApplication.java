package io.eetasks.demo;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The demo's REST endpoints live under /tasks-demo/api. */
@ApplicationPath("api")
public class DemoApplication extends Application {
}
