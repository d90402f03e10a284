package io.eetasks.runtime.settings;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * Which values of its type a setting allows: a zero period or batch would fail somewhere deep in the
 * runtime with no word of which setting is wrong, so the start-up check refuses it instead.
 *
 * @param phrase  what is allowed, following the type's phrase ("of at least 1"); empty for anything
 * @param test    whether a value is allowed
 */
public record Bound<T>(String phrase, Predicate<? super T> test) {

    public static <T> Bound<T> any() {
        return new Bound<>("", value -> true);
    }

    public static <T extends Number> Bound<T> atLeast(long min) {
        return new Bound<>("of at least " + min, value -> value.doubleValue() >= min);
    }

    public static <T extends Number> Bound<T> between(long min, long max) {
        return new Bound<>("from " + min + " to " + max,
                value -> value.doubleValue() >= min && value.doubleValue() <= max);
    }

    /** A port of a socket binding or a remote server. */
    public static Bound<Integer> port() {
        return between(1, 65535);
    }

    /** Periods and timeouts: zero would spin or give up at once. */
    public static Bound<Duration> longerThanZero() {
        return new Bound<>("longer than zero", value -> !value.isZero() && !value.isNegative());
    }

    /** Grace periods and retentions, where zero means "none". */
    public static Bound<Duration> zeroOrLonger() {
        return new Bound<>("of zero or longer", value -> !value.isNegative());
    }

    public boolean allows(T value) {
        return test.test(value);
    }
}
