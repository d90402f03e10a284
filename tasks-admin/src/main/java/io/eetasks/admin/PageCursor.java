package io.eetasks.admin;

import io.eetasks.runtime.readmodel.TaskKey;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a page of tasks ends: the creation time and id of its last task. The next page starts
 * after it, so paging costs the same on page 1 and on page 10,000 (keyset paging, no offset).
 */
public record PageCursor(Instant createdAt, UUID id) {

    /** The task the page ended with, which the next page starts after. */
    public TaskKey key() {
        return new TaskKey(createdAt, id);
    }

    public String encode() {
        return CursorText.encode(createdAt, id);
    }

    /** The cursor a client got with the previous page; {@code null} for the first page. */
    public static PageCursor decode(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String[] parts = CursorText.decode(value);
            return new PageCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw CursorText.notACursor(value);
        }
    }
}
