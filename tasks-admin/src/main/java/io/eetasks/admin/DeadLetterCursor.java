package io.eetasks.admin;

/**
 * Where a page of dead letters ends: the last message's position in the queue and its id. A queue
 * has no key to page by, and messages leave it between pages, so the id is looked for first.
 */
record DeadLetterCursor(int position, String messageId) {

    String encode() {
        return CursorText.encode(position, messageId);
    }

    /** The cursor a client got with the previous page; {@code null} for the first page. */
    static DeadLetterCursor decode(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String[] parts = CursorText.decode(value);
            return new DeadLetterCursor(Integer.parseInt(parts[0]), parts[1]);
        } catch (RuntimeException e) {
            throw CursorText.notACursor(value);
        }
    }
}
