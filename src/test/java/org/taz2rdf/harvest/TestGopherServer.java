package org.taz2rdf.harvest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small Gopher server (RFC 1436) for tests, on 127.0.0.1 and an ephemeral port. It reads one selector line
 * and answers with the bytes stored for that selector (normally a whole gophermap ending {@code ".\r\n"}); an
 * unknown selector gets the error menu {@code 3'<selector>' does not exist\t\terror.host\t1\r\n.\r\n}. Faults
 * per selector: {@link Fault}.
 *
 * <pre>{@code
 * try (TestGopherServer gopher = new TestGopherServer()) {
 *     gopher.start();
 *     gopher.putAll(TazFixtures.gopherSite(gopher.port()));
 *     gopher.fault("/!9000103", Fault.STALL);
 *     // ... run the harvester against gopher://127.0.0.1:<port>/1/!p4611 ...
 *     assertThat(gopher.requestCount("/!p4611")).isEqualTo(1);
 * }
 * }</pre>
 *
 * <p>Thread-safe; {@link #close()} ends every thread named {@link #THREAD_PREFIX}{@code ...}.
 */
public final class TestGopherServer extends LineServer {

    /** Name prefix of every thread of a Gopher test server. */
    public static final String THREAD_PREFIX = "test-gopher-server-";

    private final Map<String, byte[]> responses = new ConcurrentHashMap<>();

    public TestGopherServer() {
        super(THREAD_PREFIX);
    }

    /** Answers {@code selector} with exactly these bytes from now on (sent as they are, then the connection closes). */
    public void put(String selector, byte[] response) {
        responses.put(selector, response.clone());
    }

    /** {@link #put} for every entry, e.g. of {@link TazFixtures#gopherSite(int)}. */
    public void putAll(Map<String, byte[]> site) {
        site.forEach(this::put);
    }

    /** The RFC 1436 error menu sent for an unknown selector. */
    public static byte[] errorMenu(String message) {
        return ("3" + message + "\t\terror.host\t1\r\n.\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    Connection open(Socket tcp) throws IOException {
        return new Connection(tcp, tcp.getInputStream(), new BufferedOutputStream(tcp.getOutputStream()), tcp);
    }

    @Override
    String key(String requestLine) {
        return requestLine;
    }

    @Override
    byte[] response(String selector) {
        byte[] stored = responses.get(selector);
        return stored != null ? stored : errorMenu("'" + selector + "' does not exist");
    }

    @Override
    byte[] rejection(String requestLine) {
        throw new AssertionError("every selector line is accepted");
    }

    @Override
    byte[] tooLong() {
        return errorMenu("Selector too long");
    }

    @Override
    byte[] hugeHead() {
        return new byte[0];
    }

    @Override
    byte[] hugeLine(long n) {
        return ("iZeile " + n + " einer sehr langen Antwort, die nicht endet\tfake\t(NULL)\t0\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    byte[] hugeTail() {
        return ".\r\n".getBytes(StandardCharsets.UTF_8);
    }
}
