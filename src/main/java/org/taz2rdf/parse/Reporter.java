package org.taz2rdf.parse;

import java.util.ArrayList;
import java.util.List;
import org.taz2rdf.diagnostic.Diagnostic;
import org.taz2rdf.diagnostic.DiagnosticCode;
import org.taz2rdf.diagnostic.Severity;
import org.taz2rdf.diagnostic.SourcePosition;

/** Collects the diagnostics of one input as the parser goes. Not thread-safe; one per parse. */
final class Reporter {

    private final String source;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    Reporter(String source) {
        this.source = source;
    }

    void report(Line line, Severity severity, DiagnosticCode code, String message) {
        report(line.number(), line.column(), severity, code, message);
    }

    void report(int line, int column, Severity severity, DiagnosticCode code, String message) {
        diagnostics.add(new Diagnostic(new SourcePosition(source, line, column), severity, code, message));
    }

    void reportWholeInput(Severity severity, DiagnosticCode code, String message) {
        diagnostics.add(new Diagnostic(SourcePosition.wholeInput(source), severity, code, message));
    }

    void addAll(List<Diagnostic> more) {
        diagnostics.addAll(more);
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
