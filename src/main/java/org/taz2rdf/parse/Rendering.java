package org.taz2rdf.parse;

/**
 * The ways taz text reaches a user: raw server responses, and the renderings of the proxies that people keep
 * copies of (see the format notes). Each says what it does to the text.
 */
public enum Rendering {
    /** A raw Gopher menu (RFC 1436): info and item lines with tab-separated fields. */
    GOPHER_RAW(true, true, false, false),
    /** A raw Gemini response: gemtext, with or without its status line. */
    GEMTEXT(true, false, false, false),
    /** A Gemini proxy's text rendering: heading marks stripped, link lines shown as text or dropped. */
    GEMINI_PROXY(true, false, false, true),
    /** meulie's "pipe" rendering: {@code | text | |}, blank lines dropped, long lines cut. */
    PIPE(false, true, true, false),
    /** meulie's "half pipe" rendering: {@code text | |}. */
    HALF_PIPE(false, true, true, false),
    /** meulie's raw rendering, after two lines of proxy navigation. */
    MEULIE_RAW(false, true, true, false),
    /** cortex, mills and kroovy: text indented by seven spaces, item lines with a type gutter, blanks kept. */
    INDENTED(true, true, false, false),
    /** gopherspace.de's phoxy: a two-line header, then the text with blank lines kept. */
    PHOXY(true, true, false, false),
    /** Bare taz text, as a user may save it; long lines are checked for proxy cuts. */
    PLAIN(false, true, true, false);

    private final boolean keepsBlankLines;
    private final boolean hardWrapped;
    private final boolean cutsLongLines;
    private final boolean stripsHeadingMarks;

    Rendering(boolean keepsBlankLines, boolean hardWrapped, boolean cutsLongLines, boolean stripsHeadingMarks) {
        this.keepsBlankLines = keepsBlankLines;
        this.hardWrapped = hardWrapped;
        this.cutsLongLines = cutsLongLines;
        this.stripsHeadingMarks = stripsHeadingMarks;
    }

    /** Whether blank lines of the source survive, so that they mark paragraphs. */
    public boolean keepsBlankLines() {
        return keepsBlankLines;
    }

    /** Whether the text is hard-wrapped at 75 characters (Gopher) rather than one line per paragraph (Gemini). */
    public boolean hardWrapped() {
        return hardWrapped;
    }

    /** Whether this rendering cuts lines longer than 79 bytes and appends "…". */
    public boolean cutsLongLines() {
        return cutsLongLines;
    }

    /** Whether heading marks ({@code #}, {@code ##}, {@code >}) were stripped. */
    public boolean stripsHeadingMarks() {
        return stripsHeadingMarks;
    }
}
