package io.eetasks.bridge;

import io.eetasks.TaskArgumentsException;
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
        Object[] arguments = codec.readArguments("it.place", json, place.getGenericParameterTypes());

        assertThat(arguments).containsExactly(new Order("A-1", 3), List.of("x", "y"), 7L);
    }

    @Test
    void aPayloadWithAnotherNumberOfArgumentsIsExplained() throws Exception {
        Method place = getClass().getMethod("place", Order.class, List.class, long.class);

        assertThatThrownBy(() -> codec.readArguments("it.place", "[1]", place.getGenericParameterTypes()))
                .isInstanceOf(TaskArgumentsException.class)
                .hasMessageContaining("The arguments of task it.place are 1 but its method takes 3")
                .hasMessageContaining("signature changed");
    }

    @Test
    void argumentsThatAreNotJsonOrOfAnotherTypeAreExplained() throws Exception {
        Method place = getClass().getMethod("place", Order.class, List.class, long.class);

        assertThatThrownBy(() -> codec.readArguments("it.place", "[\"unfinished", place.getGenericParameterTypes()))
                .isInstanceOf(TaskArgumentsException.class)
                .hasMessageContaining("The arguments of task it.place are not a JSON array");
        assertThatThrownBy(() -> codec.readArguments("it.place", "[{\"id\": \"A-1\"}, [\"x\"], \"many\"]",
                place.getGenericParameterTypes()))
                .isInstanceOf(TaskArgumentsException.class)
                .hasMessageContaining("Argument 3 of task it.place is not the long its method takes");
    }

    @Test
    void resultsSurviveTheRoundTripAndNullStaysNull() {
        assertThat(codec.<String>readResult(codec.writeResult("Hello"), String.class)).isEqualTo("Hello");
        assertThat(codec.writeResult(null)).isNull();
        assertThat(codec.<Object>readResult(null, String.class)).isNull();
    }
}
