package io.eetasks.bridge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LimitKeysTest {

    @SuppressWarnings("unused")
    void export(String customer, int part) {
    }

    @Test
    void eachPlaceholderIsReplacedByItsArgument() {
        assertThat(LimitKeys.resolve("customer-{0}/part-{1}", "export", new Object[] {"acme", 3}))
                .isEqualTo("customer-acme/part-3");
        assertThat(LimitKeys.resolve("all", "export", new Object[] {"acme", 3})).isEqualTo("all");
        assertThat(LimitKeys.resolve("{0}", "export", new Object[] {null})).isEqualTo("null");
        assertThat(LimitKeys.resolve("$1-{0}", "export", new Object[] {"\\x"})).isEqualTo("$1-\\x");
    }

    @Test
    void aPlaceholderBeyondTheArgumentsFailsTheDeploymentNamingIt() throws Exception {
        var method = LimitKeysTest.class.getDeclaredMethod("export", String.class, int.class);

        LimitKeys.check("customer-{0}-{1}", method);
        assertThatThrownBy(() -> LimitKeys.check("customer-{2}", method))
                .hasMessageEndingWith("limitKey 'customer-{2}' names argument {2}, but the method has 2 argument(s)");
    }

    @Test
    void aKeyLongerThanItsColumnIsRefused() {
        assertThatThrownBy(() -> LimitKeys.resolve("{0}", "export", new Object[] {"x".repeat(201)}))
                .hasMessage("Task export cannot be submitted: its limit key is 201 characters long, the most is 200"
                        + " (limitKey '{0}')");
    }
}
