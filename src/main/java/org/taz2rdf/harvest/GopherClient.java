package org.taz2rdf.harvest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A Gopher client (RFC 1436, addresses as RFC 4266 {@code gopher://host:port/<type><selector>}): one TCP
 * connection a request, the selector and CRLF sent, the response read until the server closes. A menu (type
 * 1) must end with the line {@code .}; one that does not was cut off and counts as failed. Thread-safe.
 */
public final class GopherClient implements Fetcher {

    private final FetchLimits limits;

    public GopherClient(FetchLimits limits) {
        this.limits = limits;
    }

    @Override
    public Fetched fetch(URI address) throws FetchException {
        String host = address.getHost();
        if (!"gopher".equalsIgnoreCase(address.getScheme()) || host == null) {
            throw new FetchException(address + ": not a gopher:// address", false);
        }
        int port = address.getPort() < 0 ? 70 : address.getPort();
        String path = address.getRawPath() == null ? "" : address.getRawPath();
        char type = path.length() >= 2 ? path.charAt(1) : '1';
        String selector = path.length() >= 2 ? URLDecoder.decode(path.substring(2), StandardCharsets.UTF_8) : "";
        long deadline = System.nanoTime() + limits.totalTimeout().toNanos();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) limits.connectTimeout().toMillis());
            socket.setSoTimeout((int) limits.readTimeout().toMillis());
            OutputStream out = socket.getOutputStream();
            out.write((selector + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            byte[] body = BoundedReader.readAll(socket.getInputStream(), limits, deadline, address.toString());
            if (type == '1' && !endsWithTerminator(body)) {
                throw new FetchException(address + ": the menu ended without its end line '.'; the connection was"
                        + " cut", true);
            }
            if (type == '1' && body.length > 0 && body[0] == '3') {
                String line = new String(body, StandardCharsets.UTF_8).lines().findFirst().orElse("");
                throw new FetchException(address + ": the server answered with an error: "
                        + line.substring(1).split("\t", -1)[0].strip(), false);
            }
            return new Fetched(address, body);
        } catch (IOException e) {
            throw FetchException.connecting(address, host, port, e);
        }
    }

    private static boolean endsWithTerminator(byte[] body) {
        String tail = new String(body, Math.max(0, body.length - 5), Math.min(5, body.length), StandardCharsets.ISO_8859_1);
        return tail.endsWith("\r\n.\r\n") || tail.endsWith("\n.\n") || tail.endsWith("\n.\r\n") || tail.equals(".\r\n")
                || tail.endsWith("\n.");
    }
}
