package io.eetasks.it.limits;

import io.eetasks.DistributedTask;
import io.eetasks.TaskRetry;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Tasks under limits that record when they ran, by their own clock. */
@ApplicationScoped
public class LimitedTasks {

    private static final ConcurrentLinkedQueue<Run> RUNS = new ConcurrentLinkedQueue<>();
    private static volatile CountDownLatch gate = new CountDownLatch(0);

    /** One run of a task: its key, and when it started and ended ({@link System#nanoTime()}). */
    public record Run(String key, String group, long startNanos, long endNanos) {
    }

    /** Under the limit it-exports, one key for all. */
    @DistributedTask(name = "it.limits.export", limit = "it-exports")
    public void export(String key, long millis) {
        run(key, "all", millis);
    }

    /** Under the limit it-customer, a key per customer: with one running at most, a mutex per customer. */
    @DistributedTask(name = "it.limits.customer", limit = "it-customer", limitKey = "customer-{0}")
    public void customer(String customer, String key, long millis) {
        run(key, customer, millis);
    }

    /** Under the limit it-mail, a rate. */
    @DistributedTask(name = "it.limits.mail", limit = "it-mail")
    public void mail(String key) {
        run(key, "all", 0);
    }

    /** Under the limit it-exports; holds its permit until {@link #openGate()}. */
    @DistributedTask(name = "it.limits.blocker", limit = "it-exports")
    public void blocker(String key) {
        long start = System.nanoTime();
        try {
            gate.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        RUNS.add(new Run(key, "all", start, System.nanoTime()));
    }

    /** Under the limit it-exports; fails its one attempt. */
    @DistributedTask(name = "it.limits.failing", limit = "it-exports")
    @TaskRetry(maxAttempts = 1)
    public void failing(String key) {
        run(key, "all", 0);
        throw new IllegalStateException("fails under a limit");
    }

    private static void run(String key, String group, long millis) {
        long start = System.nanoTime();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        RUNS.add(new Run(key, group, start, System.nanoTime()));
    }

    public static void closeGate() {
        gate = new CountDownLatch(1);
    }

    public static void openGate() {
        gate.countDown();
    }

    public static void reset() {
        RUNS.clear();
    }

    public static List<Run> runs() {
        return List.copyOf(RUNS);
    }

    /** The most runs of these that overlapped at one moment. */
    public static int maxOverlap(List<Run> runs) {
        int most = 0;
        for (Run run : runs) {
            int overlapping = (int) runs.stream()
                    .filter(other -> other.startNanos() <= run.startNanos() && other.endNanos() > run.startNanos())
                    .count();
            most = Math.max(most, overlapping);
        }
        return most;
    }
}
