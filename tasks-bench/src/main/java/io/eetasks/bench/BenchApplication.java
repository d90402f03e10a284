package io.eetasks.bench;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The benchmark's endpoints, under /tasks-bench/api. */
@ApplicationPath("api")
public class BenchApplication extends Application {
}
