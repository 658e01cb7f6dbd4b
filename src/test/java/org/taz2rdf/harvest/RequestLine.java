package org.taz2rdf.harvest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The one request line a Gopher or Gemini client sends: the bytes up to LF, without the CR LF, decoded as
 * UTF-8, at most {@link #MAX_BYTES} bytes (both protocols' limit).
 *
 * @param text    the line, or null if it was too long
 * @param tooLong whether the client sent more than {@link #MAX_BYTES} bytes before CR LF
 */
record RequestLine(String text, boolean tooLong) {

    /** Longest request line accepted, without the CRLF. */
    static final int MAX_BYTES = 1024;

    /** Reads one line; null when the stream ends before a LF. Reads at most {@code MAX_BYTES + 2} bytes. */
    static RequestLine read(InputStream raw) throws IOException {
        InputStream in = new BufferedInputStream(raw, MAX_BYTES + 2);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                return null;
            }
            if (line.size() > MAX_BYTES) { // MAX_BYTES + 1 bytes and still no LF: too long even with a CR
                return new RequestLine(null, true);
            }
            line.write(b);
        }
        byte[] bytes = line.toByteArray();
        int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return end > MAX_BYTES
                ? new RequestLine(null, true)
                : new RequestLine(new String(bytes, 0, end, StandardCharsets.UTF_8), false);
    }
}
