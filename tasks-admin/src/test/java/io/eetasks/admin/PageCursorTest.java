package io.eetasks.admin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageCursorTest {

    private static final Instant CREATED = Instant.parse("2026-11-28T10:15:30.123456789Z");
    private static final UUID ID = UUID.fromString("3f2b8c1e-0a4d-4e5f-9b6a-7c8d9e0f1a2b");

    @Test
    void aCursorDecodesToTheCreationTimeAndIdItWasMadeOfToTheNanosecond() {
        PageCursor cursor = new PageCursor(CREATED, ID);

        PageCursor decoded = PageCursor.decode(cursor.encode());

        assertThat(decoded).isEqualTo(cursor);
        assertThat(decoded.createdAt().getNano()).isEqualTo(123_456_789);
    }

    @Test
    void tasksCreatedAtTheSameInstantGetCursorsTheirIdsTellApart() {
        UUID other = UUID.fromString("3f2b8c1e-0a4d-4e5f-9b6a-7c8d9e0f1a2c");

        String first = new PageCursor(CREATED, ID).encode();
        String second = new PageCursor(CREATED, other).encode();

        assertThat(first).isNotEqualTo(second);
        assertThat(PageCursor.decode(second)).isEqualTo(new PageCursor(CREATED, other));
    }

    @Test
    void anEncodedCursorIsOpaqueAndSafeInAQueryParameter() {
        String encoded = new PageCursor(CREATED, ID).encode();

        assertThat(encoded).matches("[A-Za-z0-9_-]+").doesNotContain(ID.toString()).doesNotContain("2026");
    }

    @Test
    void noCursorMeansTheFirstPage() {
        assertThat(PageCursor.decode(null)).isNull();
        assertThat(PageCursor.decode("")).isNull();
        assertThat(PageCursor.decode("  ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not a cursor",
            "a+b/c==",
            "%%%",
            "2026-11-28T10:15:30Z|3f2b8c1e-0a4d-4e5f-9b6a-7c8d9e0f1a2b"
    })
    void textThatIsNotBase64IsRefused(String value) {
        assertThatThrownBy(() -> PageCursor.decode(value))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("Parameter after is not a cursor this API gave out: '" + value + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-11-28T10:15:30Z",
            "2026-11-28T10:15:30Z|",
            "|3f2b8c1e-0a4d-4e5f-9b6a-7c8d9e0f1a2b",
            "yesterday|3f2b8c1e-0a4d-4e5f-9b6a-7c8d9e0f1a2b",
            "2026-11-28T10:15:30|3f2b8c1e-0a4d-4e5f-9b6a-7c8d9e0f1a2b",
            "2026-11-28T10:15:30Z|not-a-task-id",
            "2026-11-28T10:15:30Z|3f2b8c1e-0a4d-4e5f-9b6a-7c8d9e0f1a2b|42",
            "42|2026-11-28T10:15:30Z"
    })
    void aCursorWhosePartsWereTamperedWithIsRefused(String parts) {
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(parts.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> PageCursor.decode(value))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("Parameter after is not a cursor this API gave out: '" + value + "'");
    }

    @Test
    void aDeadLetterCursorIsNotATaskCursor() {
        String deadLetterCursor = new DeadLetterCursor(7, "ID:message-7").encode();

        assertThatThrownBy(() -> PageCursor.decode(deadLetterCursor))
                .isInstanceOf(BadRequestException.class);
    }
}
