package io.eetasks.it.cluster;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Lets a test outside the cluster submit tasks on one node and count where they ran. */
@ApplicationPath("cluster")
public class ClusterApplication extends Application {
}
