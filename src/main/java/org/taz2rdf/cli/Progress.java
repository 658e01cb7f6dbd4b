package org.taz2rdf.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress counter on stderr, redrawn in place; shown only when stderr is a terminal, so logs and
 * pipes stay clean.
 */
final class Progress {

    private static final long INTERVAL_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final int total;
    private long lastDraw;
    private boolean drawn;

    Progress(PrintWriter err, boolean enabled, int total) {
        this.err = err;
        this.enabled = enabled;
        this.total = total;
    }

    /** Whether standard error is a terminal a person watches. */
    static boolean stderrIsTerminal() {
        return System.console() != null && System.getenv("CI") == null;
    }

    void update(int done) {
        long now = System.nanoTime();
        if (!enabled || (now - lastDraw < INTERVAL_NANOS && done < total)) {
            return;
        }
        lastDraw = now;
        err.print(String.format(Locale.ROOT, "\r%d/%d inputs (%d%%)", done, total, total == 0 ? 100 : done * 100 / total));
        err.flush();
        drawn = true;
    }

    /** Shows a line of text in place of the counter (safe from several threads). */
    synchronized void status(String text) {
        if (enabled) {
            err.print("\r\u001B[K" + text);
            err.flush();
            drawn = true;
        }
    }

    /** Clears the line, before a diagnostic or the summary is printed. */
    synchronized void clear() {
        if (drawn) {
            err.print("\r\u001B[K");
            err.flush();
            drawn = false;
        }
    }
}
