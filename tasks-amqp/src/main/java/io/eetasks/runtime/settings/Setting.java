package io.eetasks.runtime.settings;

import org.eclipse.microprofile.config.Config;

import java.util.Optional;

/**
 * One configuration key: its name, the type and bounds of its value, its default and what it means.
 * {@link TasksSettings} declares every key; code reads a key only through its setting, so that a value
 * is parsed and checked the same way wherever it is read.
 *
 * @param key          the key; a key with a part the operator names has {@code <name>} there
 * @param type         how its text becomes a value
 * @param defaultValue the default as text, parsed like a configured value; {@code null} when the
 *                     default is not a fixed value (derived by the code that reads it, or none)
 * @param defaultText  the default as the configuration table (docs/guide/configuration.md) shows it
 * @param bound        which values of the type are allowed
 * @param source       where its value is read from
 * @param description  what it means, in one line
 */
public record Setting<T>(String key, SettingType<T> type, String defaultValue, String defaultText,
                         Bound<? super T> bound, Source source, String description) {

    /** Stands for the part of a key the operator names, such as a queue's name. */
    public static final String NAME = "<name>";

    /** Where a value is read from; the start-up check looks where the code that uses it looks. */
    public enum Source {
        /** MicroProfile Config: a system property, an environment variable or any other config source. */
        MICROPROFILE_CONFIG,
        /**
         * A system property: the server resolves it in an expression of its configuration (written by a
         * script in tasks-server/src/main/cli) or of a deployment descriptor, before MicroProfile Config
         * is there, so the check looks at system properties too.
         */
        SYSTEM_PROPERTY
    }

    /** A key read through MicroProfile Config, with a fixed default. */
    public static <T> Setting<T> of(String key, SettingType<T> type, String defaultValue, Bound<? super T> bound,
                                    String description) {
        return new Setting<>(key, type, defaultValue, defaultValue, bound, Source.MICROPROFILE_CONFIG, description);
    }

    /** A key read through MicroProfile Config whose default the code that reads it works out, or that has none. */
    public static <T> Setting<T> derived(String key, SettingType<T> type, String defaultText, Bound<? super T> bound,
                                         String description) {
        return new Setting<>(key, type, null, defaultText, bound, Source.MICROPROFILE_CONFIG, description);
    }

    /** This setting, read by the server from a system property ({@link Source#SYSTEM_PROPERTY}). */
    public Setting<T> fromSystemProperty() {
        return new Setting<>(key, type, defaultValue, defaultText, bound, Source.SYSTEM_PROPERTY, description);
    }

    /** Whether the key has a part the operator names ({@code tasks.queues.<name>.consumers}). */
    public boolean isPattern() {
        return key.contains(NAME);
    }

    /** The setting of one name of a pattern, e.g. {@code tasks.queues.reports.consumers}. */
    public Setting<T> named(String name) {
        if (!isPattern()) {
            throw new IllegalStateException(key + " has no " + NAME + " part");
        }
        return new Setting<>(key.replace(NAME, name), type, defaultValue, defaultText, bound, source, description);
    }

    /** The name in a configured key that fits this pattern ({@code reports} for tasks.queues.reports.consumers). */
    public Optional<String> nameIn(String configuredKey) {
        if (!isPattern()) {
            return Optional.empty();
        }
        String prefix = key.substring(0, key.indexOf(NAME));
        String suffix = key.substring(key.indexOf(NAME) + NAME.length());
        boolean fits = configuredKey.length() > prefix.length() + suffix.length()
                && configuredKey.startsWith(prefix) && configuredKey.endsWith(suffix);
        return fits ? Optional.of(configuredKey.substring(prefix.length(), configuredKey.length() - suffix.length()))
                : Optional.empty();
    }

    /** The configured value, else the default; parsed and checked. */
    public T value(Config config) {
        return configured(config).orElseGet(this::parsedDefault);
    }

    /** The configured value, parsed and checked; empty when none is configured. */
    public Optional<T> configured(Config config) {
        Optional<String> text = source == Source.SYSTEM_PROPERTY ? Optional.ofNullable(System.getProperty(key))
                : config.getOptionalValue(key, String.class);
        return text.map(this::parse);
    }

    /** The fixed default; a setting without one is read with {@link #configured} and its reader's fallback. */
    public T parsedDefault() {
        if (defaultValue == null) {
            throw new IllegalStateException(key + " has no fixed default (" + defaultText + ")");
        }
        return parse(defaultValue);
    }

    /** A value of this key, checked against its bounds; the exception names the key, the value and what is allowed. */
    public T parse(String text) {
        T value;
        try {
            value = type.parse(text);
        } catch (RuntimeException e) {
            throw refused(text);
        }
        if (!bound.allows(value)) {
            throw refused(text);
        }
        return value;
    }

    /** What a value of this key may be, e.g. "a number from 0 to 1". */
    public String allowed() {
        return bound.phrase().isEmpty() ? type.phrase() : type.phrase() + " " + bound.phrase();
    }

    private IllegalArgumentException refused(String text) {
        return new IllegalArgumentException(key + " is '" + text + "', but it must be " + allowed());
    }
}
