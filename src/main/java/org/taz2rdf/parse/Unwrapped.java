package org.taz2rdf.parse;

import java.util.List;
import org.taz2rdf.diagnostic.Diagnostic;

/** The taz lines of an input, the rendering they came in, and what unwrapping found wrong. */
record Unwrapped(Rendering rendering, List<Line> lines, List<Diagnostic> diagnostics) {

    Unwrapped {
        lines = List.copyOf(lines);
        diagnostics = List.copyOf(diagnostics);
    }
}
