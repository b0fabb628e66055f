package org.assurances.api;

import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Posts a body over the 1 MiB limit the way a careful client does, with Expect: 100-continue: the server
 * refuses before the body is sent. (Sent blindly, the refusal can close the connection while the client
 * is still writing, and the client sees a broken pipe instead of the answer.)
 */
final class Oversized {
    private Oversized() {}

    static HttpResponse<String> post(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .header("Content-Type", "application/json")
                .expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString(" ".repeat(1_100_000)))
                .build();
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }
}
