package io.eetasks.admin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A page cursor as clients see it: its parts joined and Base64-encoded, so they treat it as opaque. */
final class CursorText {

    private static final String SEPARATOR = "|";

    private CursorText() {
    }

    static String encode(Object first, Object second) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((first + SEPARATOR + second).getBytes(StandardCharsets.UTF_8));
    }

    /** The two parts of a cursor this API gave out; a parse error of either is the caller's to turn into a 400. */
    static String[] decode(String value) {
        String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8)
                .split("\\" + SEPARATOR, 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("a cursor has two parts");
        }
        return parts;
    }

    static BadRequestException notACursor(String value) {
        return new BadRequestException("Parameter after is not a cursor this API gave out: '" + value + "'");
    }
}
