package io.eetasks.runtime.execution;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The tasks this node is running now, whose leases it keeps renewing. */
@ApplicationScoped
public class RunningTasks {

    private final Set<UUID> ids = ConcurrentHashMap.newKeySet();

    void add(UUID taskId) {
        ids.add(taskId);
    }

    void remove(UUID taskId) {
        ids.remove(taskId);
    }

    public List<UUID> snapshot() {
        return List.copyOf(ids);
    }
}
