package io.eetasks.admin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page of dead letters ends: the last message's position in the queue and its id. A queue
 * has no key to page by, and messages leave it between pages, so the id is looked for first.
 */
record DeadLetterCursor(int position, String messageId) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((position + "|" + messageId).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client got with the previous page; {@code null} for the first page. */
    static DeadLetterCursor decode(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\\|", 2);
            return new DeadLetterCursor(Integer.parseInt(parts[0]), parts[1]);
        } catch (RuntimeException e) {
            throw new BadRequestException("Parameter after is not a cursor this API gave out: '" + value + "'");
        }
    }
}
