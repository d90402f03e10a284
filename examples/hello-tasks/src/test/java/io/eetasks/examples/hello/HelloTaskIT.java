package io.eetasks.examples.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/** Runs against the provisioned server the build started: a task submitted over HTTP runs and its result comes back. */
class HelloTaskIT {

    private static final String API = "http://localhost:8080/hello-tasks/api/greetings";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSubmittedTaskRunsAndItsResultComesBack() throws Exception {
        HttpResponse<String> submitted = http.send(HttpRequest.newBuilder(URI.create(API + "?name=Ada"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, submitted.statusCode(), submitted.body());
        UUID id = UUID.fromString(submitted.body());

        HttpResponse<String> result = http.send(HttpRequest.newBuilder(URI.create(API + "/" + id)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, result.statusCode(), result.body());
        assertEquals("Hello, Ada!", result.body());
    }
}
