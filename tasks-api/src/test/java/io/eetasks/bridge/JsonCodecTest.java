package io.eetasks.bridge;

import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonCodecTest {

    public record Order(String id, int quantity) {
    }

    @SuppressWarnings("unused")
    public void place(Order order, List<String> tags, long count) {
    }

    private final JsonCodec codec = new JsonCodec(JsonbBuilder.create());

    @Test
    void argumentsSurviveTheRoundTripWithTheirDeclaredTypes() throws Exception {
        Method place = getClass().getMethod("place", Order.class, List.class, long.class);

        String json = codec.writeArguments(new Object[] {new Order("A-1", 3), List.of("x", "y"), 7L});
        Object[] arguments = codec.readArguments(json, place.getGenericParameterTypes());

        assertThat(arguments).containsExactly(new Order("A-1", 3), List.of("x", "y"), 7L);
    }

    @Test
    void aPayloadWithAnotherNumberOfArgumentsIsExplained() throws Exception {
        Method place = getClass().getMethod("place", Order.class, List.class, long.class);

        assertThatThrownBy(() -> codec.readArguments("[1]", place.getGenericParameterTypes()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds 1 arguments but the method takes 3");
    }

    @Test
    void resultsSurviveTheRoundTripAndNullStaysNull() {
        assertThat(codec.<String>readResult(codec.writeResult("Hello"), String.class)).isEqualTo("Hello");
        assertThat(codec.writeResult(null)).isNull();
        assertThat(codec.<Object>readResult(null, String.class)).isNull();
    }
}
