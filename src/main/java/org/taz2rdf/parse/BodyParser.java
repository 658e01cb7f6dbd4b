package org.taz2rdf.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taz2rdf.article.BodyBlock;
import org.taz2rdf.diagnostic.DiagnosticCode;
import org.taz2rdf.diagnostic.Severity;

/**
 * Reads an article body: sub-headings, paragraphs (from blank lines where the rendering keeps them,
 * otherwise recovered from the hard wrapping), link markers {@code [n][anchor]} across line breaks, and the
 * dateline place at the start of the first paragraph.
 */
final class BodyParser {

    /** taz wraps its text so that no line is longer than this many characters. */
    static final int WRAP_WIDTH = 75;

    /**
     * taz's wrapper counts some characters the renderings do not show (lines with gender stars break a few
     * characters early), so a line that would have taken the next word ends a paragraph only if it ends a
     * sentence or leaves at least this much room.
     */
    private static final int CLEAR_SPARE = 8;
    private static final String SENTENCE_END = ".!?…“”\"»)";

    private static final Pattern MARKER = Pattern.compile("\\[([1-9]\\d{0,2})\\]\\[([^\\]]*)\\]");
    private static final Pattern OPEN_MARKER = Pattern.compile("\\[([1-9]\\d{0,2})\\]\\[[^\\]]*$");
    private static final Pattern DATELINE = Pattern.compile(
            "(\\p{Lu}[\\p{L}\\p{M}.\\-/ ]{0,60}?) (?:taz \\||\\(taz\\) [-–]) ");

    /** A link marker as found: its number, anchor text and the line it starts on. */
    record Marker(int number, String anchor, Line line) {}

    /** What the body holds. */
    record Body(List<BodyBlock> blocks, List<Marker> markers, String datelinePlace) {}

    private final Rendering rendering;
    private final Reporter reporter;
    private final List<BodyBlock> blocks = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private final List<Line> paragraph = new ArrayList<>();

    BodyParser(Rendering rendering, Reporter reporter) {
        this.rendering = rendering;
        this.reporter = reporter;
    }

    Body parse(List<Line> lines) {
        Line previous = null;
        for (Line line : lines) {
            if (line.isBlank()) {
                flushUnlessInsideMarker();
            } else if (line.text().startsWith("## ") && !insideMarker()) {
                flush();
                blocks.add(new BodyBlock.Subheading(line.text().substring(3).strip()));
            } else {
                if (!paragraph.isEmpty() && endsParagraph(previous, line)) {
                    flushUnlessInsideMarker();
                }
                paragraph.add(line);
            }
            previous = line.isBlank() ? null : line;
        }
        flush();
        return new Body(List.copyOf(blocks), List.copyOf(markers), datelinePlace());
    }

    private boolean endsParagraph(Line previous, Line next) {
        if (previous == null) {
            return false;
        }
        if (!rendering.hardWrapped()) {
            return true;
        }
        if (rendering.keepsBlankLines() || previous.cut()) {
            return false;
        }
        String text = previous.text().stripTrailing();
        int spare = WRAP_WIDTH - text.codePointCount(0, text.length()) - (firstWordLength(next.text()) + 1);
        if (spare < 0) {
            return false;
        }
        return spare >= CLEAR_SPARE || endsSentence(text);
    }

    /** Whether a line ends like a sentence: full stop, question, exclamation, closing quote or bracket. */
    static boolean endsSentence(String text) {
        return !text.isEmpty() && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static int firstWordLength(String text) {
        String stripped = text.strip();
        int space = stripped.indexOf(' ');
        String word = space < 0 ? stripped : stripped.substring(0, space);
        return word.codePointCount(0, word.length());
    }

    private boolean insideMarker() {
        return OPEN_MARKER.matcher(joined(paragraph)).find();
    }

    private void flushUnlessInsideMarker() {
        if (!insideMarker()) {
            flush();
        }
    }

    private void flush() {
        if (paragraph.isEmpty()) {
            return;
        }
        String text = joined(paragraph);
        Matcher open = OPEN_MARKER.matcher(text);
        if (open.find()) {
            reporter.report(paragraph.get(0), Severity.WARNING, DiagnosticCode.UNCLOSED_LINK_MARKER,
                    "link marker [" + open.group(1) + "][ is never closed; kept as text");
        }
        blocks.add(new BodyBlock.Paragraph(replaceMarkers(text)));
        paragraph.clear();
    }

    private String replaceMarkers(String text) {
        Matcher m = MARKER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String anchor = m.group(2).strip();
            markers.add(new Marker(Integer.parseInt(m.group(1)), anchor, lineOf(m.start())));
            m.appendReplacement(out, Matcher.quoteReplacement(anchor));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The line of the current paragraph on which character {@code offset} of the joined text stands. */
    private Line lineOf(int offset) {
        int end = 0;
        for (Line line : paragraph) {
            end += lineText(line).length() + 1;
            if (offset < end) {
                return line;
            }
        }
        return paragraph.get(paragraph.size() - 1);
    }

    private static String joined(List<Line> lines) {
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(lineText(line));
        }
        return text.toString();
    }

    /** The text a line adds to its paragraph; a line the proxy cut keeps "…" where its end was lost. */
    private static String lineText(Line line) {
        String text = line.text().strip();
        return line.cut() ? text + "\u2026" : text;
    }

    private String datelinePlace() {
        if (blocks.isEmpty() || !(blocks.get(0) instanceof BodyBlock.Paragraph first)) {
            return null;
        }
        Matcher m = DATELINE.matcher(first.text());
        return m.lookingAt() ? m.group(1).strip() : null;
    }
}
