package io.eetasks.bridge;

import io.eetasks.TaskHandle;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnKindTest {

    @SuppressWarnings("unused")
    static class Methods {
        public void nothing() {
        }

        public TaskHandle<List<String>> handle() {
            return null;
        }

        public CompletionStage<Integer> stage() {
            return null;
        }

        public CompletableFuture<Long> future() {
            return null;
        }

        public String plain() {
            return null;
        }

        @SuppressWarnings("rawtypes")
        public TaskHandle raw() {
            return null;
        }
    }

    @Test
    void voidHandleStageAndFutureAreSupportedAndAnythingElseIsNot() throws Exception {
        assertThat(ReturnKind.of(Methods.class.getMethod("nothing"))).isEqualTo(ReturnKind.VOID);
        assertThat(ReturnKind.of(Methods.class.getMethod("handle"))).isEqualTo(ReturnKind.HANDLE);
        assertThat(ReturnKind.of(Methods.class.getMethod("stage"))).isEqualTo(ReturnKind.FUTURE);
        assertThat(ReturnKind.of(Methods.class.getMethod("future"))).isEqualTo(ReturnKind.FUTURE);
        assertThat(ReturnKind.of(Methods.class.getMethod("plain"))).isNull();
    }

    @Test
    void theResultTypeIsTheTypeArgumentOfTheReturnType() throws Exception {
        assertThat(ReturnKind.resultType(Methods.class.getMethod("handle")).getTypeName())
                .isEqualTo("java.util.List<java.lang.String>");
        assertThat(ReturnKind.resultType(Methods.class.getMethod("future"))).isEqualTo(Long.class);
        assertThat(ReturnKind.resultType(Methods.class.getMethod("raw"))).isEqualTo(Object.class);
        assertThat(ReturnKind.resultType(Methods.class.getMethod("nothing"))).isEqualTo(Void.class);
    }
}
