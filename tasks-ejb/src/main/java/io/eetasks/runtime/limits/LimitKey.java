package io.eetasks.runtime.limits;

/** One key of one limit: the unit that permits are counted for. */
public record LimitKey(String limit, String key) {
}
