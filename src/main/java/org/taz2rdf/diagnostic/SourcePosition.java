package org.taz2rdf.diagnostic;

import java.util.Objects;

/**
 * A place in an input: its display name, and a 1-based line and column (column counts characters of the
 * decoded line). Line 0 means the input as a whole.
 */
public record SourcePosition(String source, int line, int column) {

    public SourcePosition {
        Objects.requireNonNull(source, "source");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 for the whole input");
        }
    }

    /** The whole input, for problems that have no line. */
    public static SourcePosition wholeInput(String source) {
        return new SourcePosition(source, 0, 0);
    }

    /** The start of a line. */
    public static SourcePosition line(String source, int line) {
        return new SourcePosition(source, line, 1);
    }

    @Override
    public String toString() {
        return line == 0 ? source : source + ":" + line + ":" + column;
    }
}
