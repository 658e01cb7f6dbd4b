package org.taz2rdf.pipeline;

import java.util.List;
import org.taz2rdf.diagnostic.Diagnostic;
import org.taz2rdf.diagnostic.Severity;
import org.taz2rdf.parse.ParseResult.PageKind;
import org.taz2rdf.store.LoadUnit;

/** What one input gives a load: the articles to store and the diagnostics; an input with an error gave none. */
public record Units(String inputName, List<LoadUnit> units, PageKind kind, List<Diagnostic> diagnostics) {

    public Units {
        units = List.copyOf(units);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean failed() {
        return kind == PageKind.UNKNOWN || diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
