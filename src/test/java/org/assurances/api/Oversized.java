package org.assurances.api;

import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Posts a body over the 1 MiB limit the way a careful client does, with Expect: 100-continue: the server
 * refuses before the body is sent. (Sent blindly, the refusal can close the connection while the client
 * is still writing, and the client sees a broken pipe instead of the answer.) Over a plain socket: the
 * JDK 17 HTTP client waits forever for a refusal that carries a body after an Expect.
 */
final class Oversized {
    private Oversized() {}

    record Answer(int statusCode, String contentType, String body) {}

    static Answer post(String path) throws Exception {
        URI base = URI.create(RestAssured.baseURI);
        try (Socket socket = new Socket(base.getHost(), RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 1100000\r\nExpect: 100-continue\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            String contentType = null;
            int length = 0;
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                String lower = line.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-type:")) {
                    contentType = line.substring(13).strip();
                } else if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).strip());
                }
            }
            char[] body = new char[length];
            int read = 0;
            while (read < length) {
                int n = in.read(body, read, length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            return new Answer(Integer.parseInt(status.split(" ")[1]), contentType, new String(body, 0, read));
        }
    }
}
