package io.eetasks.runtime.settings;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * How a setting's text becomes a value, read the way MicroProfile Config's own converters read it, so
 * that a value accepted before is accepted now.
 *
 * @param phrase what such a text looks like, for messages ("a whole number")
 * @param parser turns the text into the value; throws when it cannot
 */
public record SettingType<T>(String phrase, Function<String, T> parser) {

    /** MicroProfile Config takes these for true, and anything else for false; the check refuses anything else. */
    private static final Set<String> TRUE = Set.of("true", "yes", "y", "on", "1");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "off", "0");

    public static final SettingType<Boolean> BOOLEAN = new SettingType<>("true or false", text -> {
        String word = text.trim().toLowerCase(Locale.ROOT);
        if (!TRUE.contains(word) && !FALSE.contains(word)) {
            throw new IllegalArgumentException(text);
        }
        return TRUE.contains(word);
    });

    public static final SettingType<Integer> INTEGER = new SettingType<>("a whole number",
            text -> Integer.valueOf(text.trim()));

    public static final SettingType<Long> LONG = new SettingType<>("a whole number", text -> Long.valueOf(text.trim()));

    public static final SettingType<Double> DECIMAL = new SettingType<>("a number", text -> {
        double value = Double.parseDouble(text.trim());
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(text);
        }
        return value;
    });

    public static final SettingType<Duration> DURATION = new SettingType<>("an ISO-8601 duration (PT15S, P90D)",
            text -> Duration.parse(text.trim()));

    /** Taken as it is: names, addresses and passwords are not trimmed. */
    public static final SettingType<String> TEXT = new SettingType<>("text", text -> text);

    /** Comma-separated, each item trimmed, empty ones left out. */
    public static final SettingType<List<String>> LIST = new SettingType<>("a comma-separated list",
            text -> Arrays.stream(text.split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList());

    /** One of a few words, in any case. */
    public static SettingType<String> oneOf(String... words) {
        List<String> allowed = List.of(words);
        return new SettingType<>("one of " + String.join(", ", allowed), text -> {
            String word = text.trim().toLowerCase(Locale.ROOT);
            if (!allowed.contains(word)) {
                throw new IllegalArgumentException(text);
            }
            return word;
        });
    }

    /** The value of the text; any exception means the text is not of this type. */
    public T parse(String text) {
        return parser.apply(text);
    }
}
