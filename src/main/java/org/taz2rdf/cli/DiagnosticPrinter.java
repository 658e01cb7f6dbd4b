package org.taz2rdf.cli;

import java.io.PrintWriter;
import org.taz2rdf.diagnostic.Diagnostic;
import org.taz2rdf.diagnostic.Severity;

/** Prints diagnostics to standard error, one a line, in the compilers' format. */
final class DiagnosticPrinter {

    private final PrintWriter err;
    private final boolean quiet;

    DiagnosticPrinter(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    void print(Diagnostic diagnostic) {
        if (quiet && diagnostic.severity() == Severity.NOTE) {
            return;
        }
        err.println(diagnostic);
    }
}
