package org.taz2rdf.harvest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Self-test of the test servers with plain JDK sockets: content, error answers, faults, TLS, and clean shutdown. */
class TestServersTest {

    private static TestGeminiServer gemini;

    @BeforeAll
    static void startGemini() throws IOException {
        gemini = new TestGeminiServer();
        gemini.start();
        gemini.putAll(TazFixtures.geminiSite());
    }

    @AfterAll
    static void stopGemini() {
        gemini.close();
        assertThat(serverThreads(TestGeminiServer.THREAD_PREFIX)).isEmpty();
    }

    @AfterEach
    void leavesNoGopherServerThread() {
        assertThat(serverThreads(TestGopherServer.THREAD_PREFIX)).isEmpty();
    }

    @Test
    void gopherServesTheSectionMenuEndingWithTheLastLine() throws IOException {
        try (TestGopherServer gopher = startedGopher()) {
            String menu = new String(gopherFetch(gopher, "/!p4611"), UTF_8);

            assertThat(menu).startsWith("i# taz.de -- Gesellschaft\t\terror.host\t1\r\n").endsWith("\r\n.\r\n");
            assertThat(menu).contains("1Tafeln in Brandenburg: Mehr Andrang, weniger Spenden"
                    + "\t/Tafeln-in-Brandenburg/!9000101\t127.0.0.1\t" + gopher.port() + "\r\n");
            assertThat(gopher.requests()).containsExactly("/!p4611");
        }
    }

    @Test
    void gopherAnswersAnUnknownSelectorWithAnErrorMenu() throws IOException {
        try (TestGopherServer gopher = startedGopher()) {
            assertThat(new String(gopherFetch(gopher, "/!9999999"), UTF_8))
                    .isEqualTo("3'/!9999999' does not exist\t\terror.host\t1\r\n.\r\n");
        }
    }

    @Test
    void gopherAnswersAnOverlongSelectorWithAnErrorMenu() throws IOException {
        try (TestGopherServer gopher = startedGopher()) {
            assertThat(new String(gopherFetch(gopher, "/" + "x".repeat(1024)), UTF_8))
                    .isEqualTo("3Selector too long\t\terror.host\t1\r\n.\r\n");
            assertThat(gopher.requests()).isEmpty();
        }
    }

    @Test
    void gopherStallKeepsTheConnectionSilent() throws IOException {
        try (TestGopherServer gopher = startedGopher(); Socket socket = connect(gopher)) {
            gopher.fault("/!p4611", Fault.STALL);
            send(socket, "/!p4611");
            socket.setSoTimeout(500);

            assertThatThrownBy(() -> socket.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
        } // the server closes while the client still holds the stalled connection
    }

    @Test
    void gopherDropMidwaySendsOnlyPartOfTheResponse() throws IOException {
        try (TestGopherServer gopher = startedGopher()) {
            byte[] full = TazFixtures.gopherSite(gopher.port()).get("/!9000103");
            gopher.fault("/!9000103", Fault.DROP_MIDWAY);

            assertThat(readUntilEndOrReset(connect(gopher), "/!9000103\r\n"))
                    .isEqualTo(Arrays.copyOf(full, full.length / 2));
        }
    }

    @Test
    void gopherFailTimesClosesUnansweredThenAnswers() throws IOException {
        try (TestGopherServer gopher = startedGopher()) {
            gopher.fault("/!9000102", Fault.failTimes(2));

            assertThat(gopherFetch(gopher, "/!9000102")).isEmpty();
            assertThat(gopherFetch(gopher, "/!9000102")).isEmpty();
            assertThat(new String(gopherFetch(gopher, "/!9000102"), UTF_8)).startsWith("i# taz.de -- Ehrenamt im");
            assertThat(gopher.requestCount("/!9000102")).isEqualTo(3);
        }
    }

    @Test
    void gopherHugeStreamsUntilTheClientCloses() throws IOException {
        try (TestGopherServer gopher = startedGopher()) {
            gopher.fault("/!9000104", Fault.HUGE);
            try (Socket socket = connect(gopher)) {
                send(socket, "/!9000104");
                byte[] first = socket.getInputStream().readNBytes(1 << 20);
                assertThat(new String(first, 0, 6, UTF_8)).isEqualTo("iZeile");
                assertThat(first).hasSize(1 << 20);
            }
        }
    }

    @Test
    void geminiServesGemtextWithStatus20OverTls() throws Exception {
        try (SSLSocket socket = geminiConnect()) {
            String response = new String(geminiRequest(socket, "gemini://localhost:" + gemini.port() + "/!9000101"),
                    UTF_8);

            assertThat(response).isEqualTo("20 text/gemini;lang=de\r\n" + TazFixtures.geminiSite().get("/!9000101"));
            assertThat(socket.getSession().getProtocol()).isEqualTo("TLSv1.3");
            assertThat(SelfSignedKeystore.fingerprint(socket.getSession().getPeerCertificates()[0]))
                    .isEqualTo(gemini.certificateFingerprint());
        }
        assertThat(gemini.requests()).contains("/!9000101");
    }

    @Test
    void geminiAnswersRedirectNotFoundAndBadRequest() throws Exception {
        gemini.redirect("/!p4611", "gemini://localhost:" + gemini.port() + "/!p4611/");

        assertThat(geminiFetch("/!p4611")).isEqualTo("31 gemini://localhost:" + gemini.port() + "/!p4611/\r\n");
        assertThat(geminiFetch("/!9999999")).isEqualTo("51 Not found\r\n");
        try (SSLSocket socket = geminiConnect()) {
            assertThat(new String(geminiRequest(socket, "https://localhost/"), UTF_8))
                    .isEqualTo("53 Proxy request refused\r\n");
        }
    }

    @Test
    void geminiStallAndDropMidwayMisbehave() throws Exception {
        gemini.fault("/!9000105", Fault.STALL);
        gemini.fault("/!9000106", Fault.DROP_MIDWAY);
        try (SSLSocket stalled = geminiConnect()) {
            stalled.getOutputStream().write(("gemini://localhost/!9000105\r\n").getBytes(UTF_8));
            stalled.getOutputStream().flush();
            stalled.setSoTimeout(500);
            assertThatThrownBy(() -> stalled.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
        }
        int full = ("20 text/gemini;lang=de\r\n" + TazFixtures.geminiSite().get("/!9000106")).getBytes(UTF_8).length;
        byte[] received = readUntilEndOrReset(geminiConnect(), "gemini://localhost/!9000106\r\n");
        assertThat(new String(received, UTF_8)).startsWith("20 text/gemini;lang=de\r\n# taz.de -- ");
        assertThat(received.length).isEqualTo(full / 2);
    }

    @Test
    void aNewCertificateHasADifferentFingerprintOnTheSamePort() throws Exception {
        int port = gemini.port();
        String before = gemini.certificateFingerprint();

        gemini.withNewCertificate();

        assertThat(gemini.port()).isEqualTo(port);
        assertThat(gemini.certificateFingerprint()).isNotEqualTo(before).matches("[0-9a-f]{64}");
        try (SSLSocket socket = geminiConnect()) {
            socket.startHandshake();
            assertThat(SelfSignedKeystore.fingerprint(socket.getSession().getPeerCertificates()[0]))
                    .isEqualTo(gemini.certificateFingerprint());
        }
    }

    @Test
    void closeEndsEveryThreadWhileConnectionsAreStalledOrStreaming() throws IOException {
        TestGopherServer gopher = startedGopher();
        gopher.fault("/!9000101", Fault.STALL);
        gopher.fault("/!9000102", Fault.HUGE);
        try (Socket stalled = connect(gopher); Socket streaming = connect(gopher)) {
            send(stalled, "/!9000101");
            send(streaming, "/!9000102");
            streaming.getInputStream().readNBytes(1000); // the server is now blocked writing to an idle reader

            gopher.close();

            assertThat(serverThreads(TestGopherServer.THREAD_PREFIX)).isEmpty();
        }
    }

    private static TestGopherServer startedGopher() throws IOException {
        TestGopherServer gopher = new TestGopherServer();
        gopher.start();
        gopher.putAll(TazFixtures.gopherSite(gopher.port()));
        return gopher;
    }

    private static Socket connect(TestGopherServer gopher) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), gopher.port());
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static byte[] gopherFetch(TestGopherServer gopher, String selector) throws IOException {
        try (Socket socket = connect(gopher)) {
            send(socket, selector);
            return socket.getInputStream().readAllBytes();
        }
    }

    private static void send(Socket socket, String requestLine) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write((requestLine + "\r\n").getBytes(UTF_8));
        out.flush();
    }

    /** Sends a request line and reads until end of stream or a connection reset; closes the socket. */
    private static byte[] readUntilEndOrReset(Socket socket, String request) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try (socket) {
            socket.getOutputStream().write(request.getBytes(UTF_8));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            for (int n; (n = in.read(buffer)) != -1; ) {
                received.write(buffer, 0, n);
            }
        } catch (IOException reset) {
            // expected for DROP_MIDWAY: the server resets the connection
        }
        return received.toByteArray();
    }

    private static String geminiFetch(String path) throws IOException, GeneralSecurityException {
        try (SSLSocket socket = geminiConnect()) {
            return new String(geminiRequest(socket, "gemini://localhost:" + gemini.port() + path), UTF_8);
        }
    }

    private static byte[] geminiRequest(SSLSocket socket, String url) throws IOException {
        socket.getOutputStream().write((url + "\r\n").getBytes(UTF_8));
        socket.getOutputStream().flush();
        return socket.getInputStream().readAllBytes();
    }

    private static SSLSocket geminiConnect() throws IOException, GeneralSecurityException {
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new TrustAll()}, null);
        SSLSocket socket = (SSLSocket) trustAll.getSocketFactory()
                .createSocket(InetAddress.getLoopbackAddress(), gemini.port());
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static List<String> serverThreads(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive).map(Thread::getName).filter(name -> name.startsWith(prefix)).toList();
    }

    /** Accepts any certificate: for this self-test only, which checks fingerprints itself. */
    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
