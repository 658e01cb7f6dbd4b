package org.taz2rdf.harvest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.net.ssl.SSLSocket;

/**
 * A small Gemini server for tests: TLS 1.3/1.2 on 127.0.0.1 and an ephemeral port, with a self-signed
 * certificate for {@code localhost}/{@code 127.0.0.1} made by the JDK's {@code keytool} in a temporary folder.
 * It reads one absolute URL line (at most 1024 bytes + CRLF) and answers {@code <status> <meta>\r\n}, plus the
 * body for status 20. The key of a request is the decoded URL path ({@code "/"} when empty; the query is
 * ignored). Unknown paths get {@code 51 Not found}; a line that is not a URL gets {@code 59 Bad request}, a
 * non-{@code gemini:} URL {@code 53 Proxy request refused}. Faults per path: {@link Fault}.
 *
 * <pre>{@code
 * try (TestGeminiServer gemini = new TestGeminiServer()) {
 *     gemini.start();
 *     gemini.putAll(TazFixtures.geminiSite());
 *     gemini.redirect("/!p4611", "/!p4611/");
 *     String pinned = gemini.certificateFingerprint();
 *     gemini.withNewCertificate();   // same port, new key: a TOFU client must now refuse
 * }
 * }</pre>
 *
 * <p>Thread-safe; {@link #close()} ends every thread named {@link #THREAD_PREFIX}{@code ...} and deletes the
 * keystore folder.
 */
public final class TestGeminiServer extends LineServer {

    /** Name prefix of every thread of a Gemini test server. */
    public static final String THREAD_PREFIX = "test-gemini-server-";
    /** The meta of every {@link #put} page, as observed on taz.de. */
    public static final String GEMTEXT_META = "text/gemini;lang=de";

    private final Map<String, byte[]> responses = new ConcurrentHashMap<>();
    private final Path keystoreFolder;
    private volatile SelfSignedKeystore keystore;
    private int certificates;

    /** Creates the first certificate (runs keytool, about a second). */
    public TestGeminiServer() throws IOException {
        super(THREAD_PREFIX);
        keystoreFolder = Files.createTempDirectory("taz2rdf-test-gemini-");
        keystore = SelfSignedKeystore.generate(keystoreFolder, "cert-" + ++certificates);
    }

    /** Answers {@code path} with {@code 20 text/gemini;lang=de} and this gemtext (UTF-8) from now on. */
    public void put(String path, String gemtext) {
        respond(path, 20, GEMTEXT_META, gemtext.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #put} for every entry, e.g. of {@link TazFixtures#geminiSite()}. */
    public void putAll(Map<String, String> site) {
        site.forEach(this::put);
    }

    /** Answers {@code path} with {@code 31 <target>} (permanent redirect) from now on. */
    public void redirect(String path, String target) {
        respond(path, 31, target, new byte[0]);
    }

    /** Answers {@code path} with {@code <status> <meta>\r\n} followed by {@code body} from now on. */
    public void respond(String path, int status, String meta, byte[] body) {
        if (status < 10 || status > 69) {
            throw new IllegalArgumentException("not a Gemini status: " + status);
        }
        byte[] header = header(status + " " + meta);
        byte[] response = new byte[header.length + body.length];
        System.arraycopy(header, 0, response, 0, header.length);
        System.arraycopy(body, 0, response, header.length, body.length);
        responses.put(path, response);
    }

    /** SHA-256 of the DER encoding of the certificate served now, lowercase hex. */
    public String certificateFingerprint() {
        return keystore.fingerprint();
    }

    /**
     * Switches to a newly generated certificate (new key pair, same subject) on the same port, as a server
     * re-keyed between two harvests; connections accepted from now on see it. Returns this server.
     */
    public synchronized TestGeminiServer withNewCertificate() {
        try {
            keystore = SelfSignedKeystore.generate(keystoreFolder, "cert-" + ++certificates);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Closes the server (see {@link LineServer#close()}) and deletes the keystore folder. */
    @Override
    public void close() {
        super.close();
        if (!Files.exists(keystoreFolder)) {
            return; // closed before
        }
        try (Stream<Path> files = Files.walk(keystoreFolder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    Connection open(Socket tcp) throws IOException {
        SSLSocket tls = (SSLSocket) keystore.context().getSocketFactory().createSocket(tcp, null, true);
        tls.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        tls.startHandshake();
        return new Connection(tcp, tls.getInputStream(), new BufferedOutputStream(tls.getOutputStream()), tls);
    }

    @Override
    String key(String requestLine) {
        try {
            URI url = new URI(requestLine);
            if (!"gemini".equalsIgnoreCase(url.getScheme())) {
                return null;
            }
            String path = url.getPath();
            return path == null || path.isEmpty() ? "/" : path;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    @Override
    byte[] response(String path) {
        byte[] stored = responses.get(path);
        return stored != null ? stored : header("51 Not found");
    }

    @Override
    byte[] rejection(String requestLine) {
        try {
            boolean otherScheme = new URI(requestLine).getScheme() != null;
            return header(otherScheme ? "53 Proxy request refused" : "59 Bad request");
        } catch (URISyntaxException e) {
            return header("59 Bad request");
        }
    }

    @Override
    byte[] tooLong() {
        return header("59 Request too long");
    }

    @Override
    byte[] hugeHead() {
        return header("20 " + GEMTEXT_META);
    }

    @Override
    byte[] hugeLine(long n) {
        return ("Zeile " + n + " einer sehr langen Antwort, die nicht endet\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    byte[] hugeTail() {
        return new byte[0];
    }

    private static byte[] header(String line) {
        return (line + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
