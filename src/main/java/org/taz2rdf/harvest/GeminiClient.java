package org.taz2rdf.harvest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A Gemini client: TLS (1.2 or 1.3) on port 1965 by default, the absolute URL and CRLF sent, a status line
 * {@code NN meta} read back. 2x returns the response (status line and body, as saved); 3x redirects are
 * followed up to {@value #MAX_REDIRECTS} times on the same host, never in a loop; 4x counts as temporary, 5x and
 * 6x as permanent failures. The server's certificate is trusted on first use and must stay the same after
 * ({@link KnownHosts}). Thread-safe.
 */
public final class GeminiClient implements Fetcher {

    static final int MAX_REDIRECTS = 5;
    private static final int MAX_HEADER = 1029;

    private final FetchLimits limits;
    private final KnownHosts knownHosts;
    private final SSLContext tls;

    public GeminiClient(FetchLimits limits, KnownHosts knownHosts) {
        this.limits = limits;
        this.knownHosts = knownHosts;
        try {
            this.tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {new AcceptAnyChain()}, new SecureRandom());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the Java runtime offers no TLS", e);
        }
    }

    @Override
    public Fetched fetch(URI address) throws FetchException {
        Set<URI> seen = new HashSet<>();
        URI current = address;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            if (!seen.add(current)) {
                throw new FetchException(address + ": redirects loop back to " + current, false);
            }
            byte[] response = request(current);
            String header = header(response, current);
            int status = Integer.parseInt(header.substring(0, 2));
            String meta = header.length() > 3 ? header.substring(3).strip() : "";
            switch (status / 10) {
                case 2 -> {
                    return new Fetched(current, response);
                }
                case 3 -> current = redirect(address, current, meta);
                case 4 -> throw new FetchException(current + ": temporary failure " + header, true);
                default -> throw new FetchException(current + ": the server answered " + header, false);
            }
        }
        throw new FetchException(address + ": more than " + MAX_REDIRECTS + " redirects", false);
    }

    private static URI redirect(URI start, URI current, String target) throws FetchException {
        URI next;
        try {
            next = current.resolve(target);
        } catch (IllegalArgumentException e) {
            throw new FetchException(current + ": redirect to an invalid address '" + target + "'", false, e);
        }
        if (!"gemini".equalsIgnoreCase(next.getScheme()) || next.getHost() == null
                || !next.getHost().equalsIgnoreCase(start.getHost()) || next.getPort() != start.getPort()) {
            throw new FetchException(current + ": redirect to another host or protocol refused: " + next, false);
        }
        return next;
    }

    private byte[] request(URI address) throws FetchException {
        String host = address.getHost();
        if (!"gemini".equalsIgnoreCase(address.getScheme()) || host == null) {
            throw new FetchException(address + ": not a gemini:// address", false);
        }
        int port = address.getPort() < 0 ? 1965 : address.getPort();
        long deadline = System.nanoTime() + limits.totalTimeout().toNanos();
        try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress(host, port), (int) limits.connectTimeout().toMillis());
            socket.setSoTimeout((int) limits.readTimeout().toMillis());
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
            if (!Character.isDigit(host.charAt(host.length() - 1))) {
                parameters.setServerNames(List.of(new SNIHostName(host)));
            }
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            checkCertificate(address, host + ":" + port, socket.getSession().getPeerCertificates());
            OutputStream out = socket.getOutputStream();
            out.write((address.toString() + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return BoundedReader.readAll(socket.getInputStream(), limits, deadline, address.toString());
        } catch (IOException e) {
            throw FetchException.connecting(address, host, port, e);
        }
    }

    private void checkCertificate(URI address, String hostAndPort, Certificate[] chain) throws FetchException {
        String fingerprint;
        try {
            fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new FetchException(address + ": cannot read the server certificate", false, e);
        }
        var known = knownHosts.fingerprint(hostAndPort);
        if (known.isEmpty()) {
            knownHosts.remember(hostAndPort, fingerprint);
        } else if (!known.get().equals(fingerprint)) {
            throw new FetchException(address + ": the certificate of " + hostAndPort + " changed (now " + fingerprint
                    + ", trusted " + known.get() + "); if the change is expected, remove its line from the known"
                    + " hosts file", false);
        }
    }

    private static String header(byte[] response, URI address) throws FetchException {
        int end = -1;
        for (int i = 0; i + 1 < response.length && i < MAX_HEADER; i++) {
            if (response[i] == '\r' && response[i + 1] == '\n') {
                end = i;
                break;
            }
        }
        String header = end < 0 ? "" : new String(response, 0, end, StandardCharsets.UTF_8);
        if (end < 0 || header.length() < 2 || !Character.isDigit(header.charAt(0)) || !Character.isDigit(header.charAt(1))) {
            throw new FetchException(address + ": not a Gemini response (no status line)", end < 0);
        }
        return header;
    }

    /** Accepts any chain: Gemini servers use self-signed certificates, checked by fingerprint instead. */
    private static final class AcceptAnyChain implements X509TrustManager {
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
