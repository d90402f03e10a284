package io.eetasks.runtime.readmodel;

import java.util.List;

/**
 * A limit and its use now.
 *
 * @param name         its name
 * @param maxRunning   the most tasks of one key running at once, or {@code null}
 * @param maxStarts    the most starts of one key per window, or {@code null}
 * @param windowMillis that window, or {@code null}
 * @param running      its permits not given back, over all keys: tasks running, or handed their turn
 * @param waiting      its tasks waiting for a permit, over all keys
 * @param keys         how many keys have tasks running or waiting
 * @param topKeys      the keys with the most tasks waiting, then running, at most {@value LimitQueries#TOP_KEYS}
 */
public record LimitRow(String name, Integer maxRunning, Integer maxStarts, Long windowMillis, long running,
                       long waiting, long keys, List<KeyUse> topKeys) {

    /** One key's use: its tasks running (or handed their turn) and waiting. */
    public record KeyUse(String key, long running, long waiting) {
    }
}
