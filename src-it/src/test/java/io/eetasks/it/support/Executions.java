package io.eetasks.it.support;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records each run of a sample task under a key the test chose, with the thread it ran on. */
@ApplicationScoped
public class Executions {

    private final Map<String, List<String>> threadsByKey = new ConcurrentHashMap<>();
    private final Map<String, Object> notes = new ConcurrentHashMap<>();
    private final Map<String, CyclicBarrier> barriers = new ConcurrentHashMap<>();

    /** Waits until {@code parties} threads have arrived under {@code key}, so they go on at the same moment. */
    public void meet(String key, int parties) {
        try {
            barriers.computeIfAbsent(key, k -> new CyclicBarrier(parties)).await(30, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("Not all " + parties + " tasks met at " + key, e);
        }
    }

    /** Keeps a value a task wants the test to see. */
    public void note(String key, Object value) {
        notes.put(key, value);
    }

    public Object noteOf(String key) {
        return notes.get(key);
    }

    public void record(String key) {
        threadsByKey.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(Thread.currentThread().getName());
    }

    public int count(String key) {
        return threads(key).size();
    }

    public List<String> threads(String key) {
        return threadsByKey.getOrDefault(key, List.of());
    }
}
