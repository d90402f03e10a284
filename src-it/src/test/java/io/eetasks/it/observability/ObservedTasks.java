package io.eetasks.it.observability;

import io.eetasks.DistributedTask;
import io.eetasks.TaskHandle;
import io.eetasks.TaskRetry;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Tasks whose counts, times, health effects and log lines the observability test knows in advance. */
@ApplicationScoped
public class ObservedTasks {

    private static final Logger LOG = Logger.getLogger(ObservedTasks.class);
    private static final Set<String> FAILED_ONCE = ConcurrentHashMap.newKeySet();

    /** Released by the test; the held task waits for it. */
    public static volatile CountDownLatch release = new CountDownLatch(1);

    @DistributedTask(name = "it.obs.ok")
    public TaskHandle<String> ok(String key) {
        return TaskHandle.completed(key);
    }

    /** Fails its first attempt, then completes. */
    @DistributedTask(name = "it.obs.flaky")
    @TaskRetry(maxAttempts = 2, initialDelay = "PT0.1S", jitter = 0)
    public TaskHandle<String> flaky(String key) {
        if (FAILED_ONCE.add(key)) {
            throw new IllegalStateException("first attempt of " + key + " fails");
        }
        return TaskHandle.completed(key);
    }

    @DistributedTask(name = "it.obs.broken")
    @TaskRetry(maxAttempts = 1)
    public TaskHandle<String> broken(String key) {
        throw new IllegalStateException(key + " always fails");
    }

    /** Runs on the queue it-health, whose one consumer it holds until the test releases it. */
    @DistributedTask(name = "it.obs.held", queue = "it-health")
    public TaskHandle<String> held(String key) throws InterruptedException {
        release.await(2, TimeUnit.MINUTES);
        return TaskHandle.completed(key);
    }

    /** Logs a line from inside the task, as an application does. */
    @DistributedTask(name = "it.obs.logs")
    public TaskHandle<String> logs(String key) {
        LOG.infof("observed line %s", key);
        return TaskHandle.completed(key);
    }
}
