package org.taz2rdf.source;

import java.util.List;
import java.util.Objects;
import org.taz2rdf.diagnostic.Diagnostic;

/**
 * One decoded input: its display name (the path as the user gave it, or {@code <stdin>}), its text with a
 * leading byte order mark removed and every line ending turned into {@code \n}, and the problems found
 * while decoding (their positions refer to the lines of {@code text}).
 */
public record SourceDocument(String name, String text, List<Diagnostic> diagnostics) {

    public SourceDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        diagnostics = List.copyOf(diagnostics);
    }

    /** The lines of the text, without their line ends; a final line end does not start another line. */
    public List<String> lines() {
        if (text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }
}
