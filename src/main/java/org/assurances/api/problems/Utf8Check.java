package org.assurances.api.problems;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assurances.facts.InvalidFactSetException;
import org.assurances.facts.Problem;

/**
 * Bodies are UTF-8, strictly: the JSON reader takes some malformed sequences (an overlong "3" read as a 3)
 * that the JDK's decoder refuses. A body that is not UTF-8 is a 400 naming the byte where it goes wrong.
 */
@Provider
public class Utf8Check implements ReaderInterceptor {
    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getType() == java.io.InputStream.class) {
            return context.proceed(); // streamed bodies (batch NDJSON) are checked line by line as they are read
        }
        byte[] body = context.getInputStream().readAllBytes();
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new NotUtf8(firstBadByte(body));
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** The offset of the first byte that does not decode. */
    public static int firstBadByte(byte[] body) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        var out = java.nio.CharBuffer.allocate(body.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : body.length;
    }

    /** Answered as a 400 problem (see ProblemMapper). */
    public static final class NotUtf8 extends InvalidFactSetException {
        NotUtf8(int offset) {
            super(List.of(new Problem(
                    "", "the body is not UTF-8: a malformed sequence at byte " + offset, "JSON text in UTF-8")));
        }
    }
}
