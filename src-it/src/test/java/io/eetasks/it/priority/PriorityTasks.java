package io.eetasks.it.priority;

import io.eetasks.DistributedTask;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Tasks of the queue it-priority, which one consumer serves: a gate that holds it, and tasks that record their start. */
@ApplicationScoped
public class PriorityTasks {

    public static final String QUEUE = "it-priority";

    private static final ConcurrentLinkedQueue<String> STARTS = new ConcurrentLinkedQueue<>();
    private static volatile CountDownLatch gateEntered = new CountDownLatch(1);
    private static volatile CountDownLatch gateOpen = new CountDownLatch(1);

    /** Holds the queue's one consumer until {@link #openGate()}. */
    @DistributedTask(name = "it.priority.gate", queue = QUEUE)
    public void gate() {
        gateEntered.countDown();
        try {
            gateOpen.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Records its start; of the lowest priority unless its options say otherwise. */
    @DistributedTask(name = "it.priority.low", queue = QUEUE, priority = 0, labels = "it-priority")
    public void low(String key) {
        STARTS.add(key);
    }

    /** Records its start; of the highest priority. */
    @DistributedTask(name = "it.priority.high", queue = QUEUE, priority = 9)
    public void high(String key) {
        STARTS.add(key);
    }

    public static void reset() {
        STARTS.clear();
        gateEntered = new CountDownLatch(1);
        gateOpen = new CountDownLatch(1);
    }

    public static boolean awaitGateEntered() throws InterruptedException {
        return gateEntered.await(60, TimeUnit.SECONDS);
    }

    public static void openGate() {
        gateOpen.countDown();
    }

    /** The keys of the tasks that started, in the order they did. */
    public static List<String> starts() {
        return List.copyOf(STARTS);
    }
}
