package org.taz2rdf.diagnostic;

/** How seriously to take problems: {@code STRICT} turns every warning into an error, so the input fails. */
public enum DiagnosticPolicy {
    LENIENT,
    STRICT;

    public Diagnostic apply(Diagnostic diagnostic) {
        return this == STRICT && diagnostic.severity() == Severity.WARNING
                ? diagnostic.withSeverity(Severity.ERROR) : diagnostic;
    }
}
