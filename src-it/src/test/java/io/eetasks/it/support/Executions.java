package io.eetasks.it.support;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records each run of a sample task under a key the test chose, with the thread it ran on. */
@ApplicationScoped
public class Executions {

    private final Map<String, List<String>> threadsByKey = new ConcurrentHashMap<>();
    private final Map<String, Object> notes = new ConcurrentHashMap<>();

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
