package org.taz2rdf.diagnostic;

import java.util.Objects;

/**
 * One problem in one input. Printed as {@code path:line:col: severity: message [CODE]}, the format of
 * compilers, so that editors and CI annotate it.
 */
public record Diagnostic(SourcePosition position, Severity severity, DiagnosticCode code, String message) {

    public Diagnostic {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** The same diagnostic with another severity (used by the strict policy). */
    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(position, newSeverity, code, message);
    }

    @Override
    public String toString() {
        return position + ": " + severity.word() + ": " + message + " [" + code.name() + "]";
    }
}
