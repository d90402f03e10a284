package io.eetasks.admin;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The API's JSON error body, for refusals made before a request reaches the API (login, cross-site checks). */
final class ErrorBody {

    private ErrorBody() {
    }

    /** Answers with {@code status} and {@code {"status": ..., "error": message}}. */
    static void send(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Json.createObjectBuilder().add("status", status).add("error", message).build()
                .toString());
    }
}
