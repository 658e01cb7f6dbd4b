package org.taz2rdf.harvest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The record of a harvest folder, {@code index.tsv}: one line an article fetch ({@code id, address, fetched at,
 * sha256, file}), appended as each article is saved, so an interrupted harvest knows what it has. The last line
 * of an id wins. Not thread-safe.
 */
final class HarvestIndex {

    static final String FILE_NAME = "index.tsv";
    private static final String HEADER = "id\taddress\tfetched_at\tsha256\tfile\n";

    /** What the index says of one article. */
    record Entry(String id, String address, Instant fetchedAt, String sha256, String file) {}

    private final Path file;
    private final Map<String, Entry> entries = new HashMap<>();

    HarvestIndex(Path folder) {
        this.file = folder.resolve(FILE_NAME);
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t", -1);
                    if (f.length == 5 && !line.equals(HEADER.strip())) {
                        entries.put(f[0], new Entry(f[0], f[1], Instant.parse(f[2]), f[3], f[4]));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the harvest index " + file, e);
            } catch (RuntimeException e) {
                throw new UncheckedIOException("cannot read the harvest index " + file,
                        new IOException("a line is not ID, address, time, SHA-256, file (" + e.getMessage() + ")", e));
            }
        }
    }

    Optional<Entry> get(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    void record(Entry entry) {
        entries.put(entry.id(), entry);
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, HEADER, StandardCharsets.UTF_8);
            }
            Files.writeString(file, String.join("\t", entry.id(), entry.address(), entry.fetchedAt().toString(),
                    entry.sha256(), entry.file()) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the harvest index " + file, e);
        }
    }
}
