package org.taz2rdf.harvest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Trust on first use, as Gemini clients do: the SHA-256 fingerprint of each server's certificate, by
 * {@code host:port}, in a small text file ({@code host:port fingerprint} a line). Thread-safe.
 */
public final class KnownHosts {

    private final Path file;
    private final Map<String, String> fingerprints = new HashMap<>();

    public KnownHosts(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] parts = line.strip().split("\\s+");
                    if (parts.length == 2 && !line.startsWith("#")) {
                        fingerprints.put(parts[0], parts[1]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
    }

    synchronized Optional<String> fingerprint(String hostAndPort) {
        return Optional.ofNullable(fingerprints.get(hostAndPort));
    }

    synchronized void remember(String hostAndPort, String fingerprint) {
        fingerprints.put(hostAndPort, fingerprint);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, hostAndPort + " " + fingerprint + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
