package io.eetasks.bridge;

import java.lang.reflect.Method;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key a task uses its limit under, from the template its annotation gives ({@code "customer-{0}"}):
 * each {@code {n}} stands for the n-th argument.
 */
final class LimitKeys {

    /** As long as the column that keeps it. */
    static final int KEY_LENGTH = 200;

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    private LimitKeys() {
    }

    /** Checks at deployment that every {@code {n}} of the template names an argument of the method. */
    static void check(String template, Method method) {
        Matcher matcher = ARGUMENT.matcher(template);
        while (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1));
            if (index >= method.getParameterCount()) {
                throw new IllegalArgumentException("@DistributedTask on " + method + ": limitKey '" + template
                        + "' names argument {" + index + "}, but the method has " + method.getParameterCount()
                        + " argument(s)");
            }
        }
    }

    /** The key for these arguments. */
    static String resolve(String template, String taskName, Object[] arguments) {
        Matcher matcher = ARGUMENT.matcher(template);
        StringBuilder key = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(key,
                    Matcher.quoteReplacement(String.valueOf(arguments[Integer.parseInt(matcher.group(1))])));
        }
        matcher.appendTail(key);
        if (key.length() > KEY_LENGTH) {
            throw new IllegalArgumentException("Task " + taskName + " cannot be submitted: its limit key is "
                    + key.length() + " characters long, the most is " + KEY_LENGTH + " (limitKey '" + template + "')");
        }
        return key.toString();
    }
}
