package org.taz2rdf.pipeline;

import java.util.List;
import org.taz2rdf.diagnostic.Diagnostic;
import org.taz2rdf.diagnostic.Severity;
import org.taz2rdf.parse.ParseResult.PageKind;
import org.taz2rdf.store.LoadUnit;

/**
 * What one input gives a load: the articles to store, handed out as they are taken, and the diagnostics; an input
 * with an error gave none.
 */
public record Units(String inputName, UnitSource units, PageKind kind, List<Diagnostic> diagnostics,
        boolean unchanged) {

    public Units {
        diagnostics = List.copyOf(diagnostics);
    }

    public Units(String inputName, List<LoadUnit> units, PageKind kind, List<Diagnostic> diagnostics) {
        this(inputName, UnitSource.of(units), kind, diagnostics, false);
    }

    /** A source already in the store, from the same bytes and the same taz2rdf: not read again. */
    static Units unchanged(String inputName) {
        return new Units(inputName, UnitSource.of(List.of()), PageKind.ARTICLE, List.of(), true);
    }

    public boolean failed() {
        return kind == PageKind.UNKNOWN || diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
