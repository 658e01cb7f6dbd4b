package org.taz2rdf.cli;

import java.util.Locale;
import org.taz2rdf.diagnostic.Severity;
import org.taz2rdf.parse.ParseResult.PageKind;
import org.taz2rdf.pipeline.Outcome;

/** Counts what a run did, for the summary line and the exit code. Not thread-safe. */
final class RunSummary {

    private int inputs;
    private int articles;
    private int menus;
    private int failed;
    private long warnings;
    private long errors;

    void add(Outcome outcome) {
        inputs++;
        warnings += outcome.count(Severity.WARNING);
        errors += outcome.count(Severity.ERROR);
        if (outcome.failed()) {
            failed++;
        } else if (outcome.kind() == PageKind.MENU) {
            menus++;
        } else {
            articles++;
        }
    }

    /**
     * A problem with an operand itself: an error (it could not be read at all) counts as a failed input; a warning
     * (a folder without article files) only as a warning.
     */
    void addOperandProblem(Severity severity) {
        if (severity == Severity.ERROR) {
            inputs++;
            failed++;
            errors++;
        } else {
            warnings++;
        }
    }

    boolean anyFailed() {
        return failed > 0;
    }

    int inputs() {
        return inputs;
    }

    String line(String verb) {
        return String.format(Locale.ROOT, "taz2rdf: %d %s: %d %s %s, %d %s skipped, %d failed; %d %s, %d %s",
                inputs, plural(inputs, "input", "inputs"), articles, plural(articles, "article", "articles"), verb,
                menus, plural(menus, "menu", "menus"), failed, warnings, plural(warnings, "warning", "warnings"),
                errors, plural(errors, "error", "errors"));
    }

    private static String plural(long n, String one, String many) {
        return n == 1 ? one : many;
    }
}
