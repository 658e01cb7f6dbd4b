package org.taz2rdf.harvest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;

/** Reads a response to its end within the size limit and the deadline of {@link FetchLimits}. */
final class BoundedReader {

    private BoundedReader() {}

    static byte[] readAll(InputStream in, FetchLimits limits, long deadlineNanos, String address)
            throws FetchException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                if (out.size() > limits.maxBytes()) {
                    throw new FetchException(address + ": response larger than " + limits.maxBytes()
                            + " bytes; stopped reading", false);
                }
                if (System.nanoTime() > deadlineNanos) {
                    throw new FetchException(address + ": response took longer than "
                            + limits.totalTimeout().toSeconds() + " s", true);
                }
            }
        } catch (SocketTimeoutException e) {
            throw new FetchException(address + ": no data for " + limits.readTimeout().toSeconds() + " s (server stalled)",
                    true, e);
        } catch (IOException e) {
            throw new FetchException(address + ": connection failed while reading: " + e.getMessage(), true, e);
        }
        return out.toByteArray();
    }
}
