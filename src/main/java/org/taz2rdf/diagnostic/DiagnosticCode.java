package org.taz2rdf.diagnostic;

/**
 * Stable codes for every kind of problem, printed in brackets after each message. Scripts may match on them;
 * never rename one.
 */
public enum DiagnosticCode {
    /** The input could not be read (missing file, permission, I/O error). */
    UNREADABLE_INPUT,
    /** Bytes that are not valid UTF-8. */
    INVALID_UTF8,
    /** A control character or other character that RDF literals cannot carry; it was removed. */
    FORBIDDEN_CHARACTER,
    /** A folder given as input holds no files that are read from folders; nothing was taken from it. */
    NO_INPUT_FILES,
    /** The input is empty or holds only white space. */
    EMPTY_INPUT,
    /** No taz title line {@code # taz.de -- …} was found. */
    NO_TITLE,
    /** The input is a taz menu (section, tag, author or front page), not an article. */
    MENU_PAGE,
    /** No taz article id in the path, the file name or the options; an IRI was minted. */
    NO_ARTICLE_ID,
    /** A line was cut by the server or a proxy ("…" at the byte limit); its text is incomplete. */
    TRUNCATED_LINE,
    /** The capture stops before the end of the article (no date line, or inside the end sections). */
    INCOMPLETE_CAPTURE,
    /** A link marker in the body has no target under LINKS, or a target has no marker. */
    UNMATCHED_LINK,
    /** A link marker {@code [n][…} that is never closed. */
    UNCLOSED_LINK_MARKER,
    /** A LINKS entry that is not {@code [n] target}. */
    MALFORMED_LINK_ENTRY,
    /** The split of TAGS into own tags and one tag per related article cannot be made. */
    UNCERTAIN_TAG_SPLIT,
    /** Kicker and headline could not be told apart; the kicker is left out. */
    AMBIGUOUS_KICKER,
    /** A line that looks like a date line but is not a valid date. */
    INVALID_DATE,
    /** A line the parser did not expect where it stands; it was kept as text or skipped as said. */
    UNEXPECTED_LINE,
    /** A raw Gopher or Gemini response that does not follow its protocol. */
    MALFORMED_RESPONSE,
    /** A link target that is not a valid address. */
    INVALID_LINK_TARGET,
    /** The {@code --id} option was given for more than one input. */
    OPTION_MISUSE,
    /** A bug in taz2rdf: the input could not be processed; please report it with the input. */
    INTERNAL_ERROR
}
