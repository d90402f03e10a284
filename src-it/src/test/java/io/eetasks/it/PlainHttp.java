package io.eetasks.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Calls of the plain-text control endpoints that client-side tests drive their test application with. */
final class PlainHttp {

    /**
     * HTTP/1.1 only: over HTTP/2 (h2c, which the JDK client asks Undertow for), JDK 17's client fails
     * a request under way with "GOAWAY received" when the server closes the connection it shares.
     */
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private PlainHttp() {
    }

    /** POSTs without a body; the answer must be 200. */
    static String post(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    /** The body of a GET, whatever its status. */
    static String get(String url) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
