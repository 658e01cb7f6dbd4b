package org.taz2rdf.cli;

/** Every exit code of taz2rdf, listed in {@code --help} and the README. Never a count. */
public enum ExitCode {
    OK(0, "success: every input was processed (warnings may have been printed)"),
    INPUT_FAILED(1, "at least one input failed (an error was printed for it); the others were processed"),
    USAGE(2, "the command line is wrong (unknown option, missing input, bad value)"),
    OUTPUT_FAILED(3, "the output could not be written"),
    INTERNAL_ERROR(4, "a bug in taz2rdf; please report it with the command and input"),
    STORE_BUSY(5, "the store is in use by another process (named in the message); nothing was changed"),
    QUERY_TIMEOUT(6, "the query ran longer than --timeout and was stopped; nothing was written");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /**
     * {@link #OK} when everything printed to {@code out} was written, else {@link #OUTPUT_FAILED} with a message:
     * a {@code PrintWriter} keeps a failed write to itself until asked.
     */
    static int ofWriting(java.io.PrintWriter out, java.io.PrintWriter err) {
        if (out.checkError()) {
            err.println("taz2rdf: cannot write to standard output");
            return OUTPUT_FAILED.code;
        }
        return OK.code;
    }

    /** The list for picocli's {@code exitCodeList}: code, meaning, for every code. */
    static java.util.Map<String, String> helpList() {
        return helpList(values());
    }

    /** The list for picocli's {@code exitCodeList}: code, meaning, for the given codes in their order. */
    static java.util.Map<String, String> helpList(ExitCode... codes) {
        java.util.Map<String, String> list = new java.util.LinkedHashMap<>();
        for (ExitCode exit : codes) {
            list.put(String.format(java.util.Locale.ROOT, "%2d", exit.code), exit.meaning);
        }
        return list;
    }
}
