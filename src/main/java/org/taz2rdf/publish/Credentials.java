package org.taz2rdf.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A user name and password for a remote store, read from the environment variable {@value #VARIABLE} or from a
 * file, as {@code user:password} — never from a command-line value, which other users of the machine can read.
 * {@link #toString()} never shows the password.
 */
public record Credentials(String user, String password) {

    public static final String VARIABLE = "TAZ2RDF_CREDENTIALS";

    /** The credentials in {@code file}, else in the environment; empty where neither has them. */
    public static Optional<Credentials> find(Path file, Map<String, String> environment) throws IOException {
        if (file != null) {
            String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            return Optional.of(parse(first, "the credentials file " + file));
        }
        String value = environment.get(VARIABLE);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(parse(value, "$" + VARIABLE));
    }

    private static Credentials parse(String text, String where) {
        int colon = text.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException(where + " must hold user:password");
        }
        return new Credentials(text.substring(0, colon), text.substring(colon + 1).strip());
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=***]";
    }
}
