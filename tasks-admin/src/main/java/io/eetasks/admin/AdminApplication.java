package io.eetasks.admin;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The console's JSON API, under /tasks-admin/api. Who may call what is in web.xml. */
@ApplicationPath("api")
public class AdminApplication extends Application {
}
