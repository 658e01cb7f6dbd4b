package org.taz2rdf.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A fresh self-signed certificate for {@code localhost} / {@code 127.0.0.1} (EC secp256r1, 30 days), made at
 * test time by the JDK's own {@code keytool} into a PKCS12 keystore file, as a Gemini server would use it.
 *
 * @param file        the PKCS12 keystore written by keytool
 * @param certificate the self-signed certificate in it
 * @param context     a TLS server context that presents this certificate
 */
record SelfSignedKeystore(Path file, X509Certificate certificate, SSLContext context) {

    private static final String ALIAS = "gemini";
    private static final char[] PASSWORD = "test-only-password".toCharArray();

    /** Runs keytool to write a new keystore {@code <name>.p12} into {@code folder} and loads it. */
    static SelfSignedKeystore generate(Path folder, String name) throws IOException {
        Path file = folder.resolve(name + ".p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        String password = new String(PASSWORD);
        Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", ALIAS,
                "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "30",
                "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", password, "-keypass", password, "-noprompt"))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for keytool", e);
        }
        return load(file);
    }

    /** SHA-256 of the DER-encoded certificate, lowercase hex without separators. */
    String fingerprint() {
        return fingerprint(certificate);
    }

    /** SHA-256 of a certificate's DER encoding, lowercase hex without separators. */
    static String fingerprint(java.security.cert.Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 or certificate encoding unavailable", e);
        }
    }

    private static SelfSignedKeystore load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, PASSWORD);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return new SelfSignedKeystore(file, (X509Certificate) keyStore.getCertificate(ALIAS), context);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot load the keystore " + file, e);
        }
    }
}
