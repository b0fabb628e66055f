package org.assurances.api;

import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Posts a body over the 1 MiB limit over a plain socket, in each of the ways a client can: with Expect:
 * 100-continue (the server refuses before the body is sent), blindly with a Content-Length (the whole body
 * written before the answer is read: the server must read and discard it rather than close while the client
 * is still writing, which the client sees as a broken pipe), and chunked (no size announced). The JDK 17 HTTP
 * client waits forever for a refusal that carries a body after an Expect.
 */
final class Oversized {
    private Oversized() {}

    record Answer(int statusCode, String contentType, String body) {}

    enum Way {
        EXPECT_CONTINUE,
        BLIND,
        CHUNKED
    }

    static Answer post(String path) throws Exception {
        return post(path, Way.EXPECT_CONTINUE);
    }

    static Answer post(String path, Way way) throws Exception {
        URI base = URI.create(RestAssured.baseURI);
        try (Socket socket = new Socket(base.getHost(), RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n";
            byte[] chunk = " ".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
            switch (way) {
                case EXPECT_CONTINUE ->
                    out.write((head + "Content-Length: 1100000\r\nExpect: 100-continue\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                case BLIND -> {
                    // 8 MB: more than the loopback's socket buffers hold, so a server that closed at once would
                    // reset the connection under this write.
                    out.write((head + "Content-Length: 8000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    for (int i = 0; i < 80; i++) {
                        out.write(chunk);
                    }
                }
                case CHUNKED -> {
                    out.write((head + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    // Past the limit the server answers while chunks are still coming: they are written on regardless.
                    for (int i = 0; i < 11; i++) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
            }
            out.flush();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            while (status != null && (status.startsWith("HTTP/1.1 100") || status.isEmpty())) {
                status = in.readLine(); // a 100 Continue before the answer
            }
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
