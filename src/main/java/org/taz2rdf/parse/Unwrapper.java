package org.taz2rdf.parse;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taz2rdf.diagnostic.Diagnostic;
import org.taz2rdf.diagnostic.DiagnosticCode;
import org.taz2rdf.diagnostic.Severity;
import org.taz2rdf.diagnostic.SourcePosition;

/**
 * Removes the rendering around taz text by exact prefixes and suffixes (never by splitting on {@code |},
 * which the text itself contains), reads raw Gopher and Gemini responses into text and link lines, and marks
 * the lines a proxy cut.
 */
final class Unwrapper {

    /** meulie keeps the first 79 bytes of a longer line and appends "…" (3 bytes). */
    private static final int CUT_LINE_BYTES = 82;
    private static final String ELLIPSIS = "\u2026";
    private static final char REPLACEMENT = '\uFFFD';
    private static final Pattern GUTTER = Pattern.compile("( ?\\(([A-Z?]{3})\\) |   ([A-Z]{3}) )(.*)");
    private static final Pattern GEMTEXT_LINK = Pattern.compile("=>[ \\t]*(\\S+)(?:[ \\t]+(.*))?");
    private static final URI GEMINI_BASE = URI.create("gemini://taz.de/");
    private static final String INDENT = "       ";

    private final String source;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private Unwrapper(String source) {
        this.source = source;
    }

    static Unwrapped unwrap(String source, List<String> lines) {
        Rendering rendering = RenderingDetector.detect(lines);
        Unwrapper unwrapper = new Unwrapper(source);
        List<Line> taz = unwrapper.unwrap(rendering, lines);
        if (rendering.cutsLongLines()) {
            taz = taz.stream().map(Unwrapper::markCut).toList();
        }
        return new Unwrapped(rendering, taz, unwrapper.diagnostics);
    }

    private List<Line> unwrap(Rendering rendering, List<String> lines) {
        return switch (rendering) {
            case GOPHER_RAW -> gopherMenu(lines);
            case GEMTEXT -> gemtext(lines, skipGeminiStatus(lines));
            case GEMINI_PROXY -> gemtext(lines, skipGeminiProxyHeader(lines));
            case PIPE -> pipe(lines, true);
            case HALF_PIPE -> pipe(lines, false);
            case MEULIE_RAW -> plain(lines, RenderingDetector.firstNonBlank(lines) + 2);
            case PHOXY -> plain(lines, RenderingDetector.firstNonBlank(lines) + 2);
            case INDENTED -> indented(lines);
            case PLAIN -> plain(lines, 0);
        };
    }

    private static List<Line> plain(List<String> lines, int from) {
        List<Line> out = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            out.add(Line.text(i + 1, 1, lines.get(i)));
        }
        return out;
    }

    private static List<Line> pipe(List<String> lines, boolean leading) {
        List<Line> out = new ArrayList<>();
        int last = lastNonBlank(lines);
        for (int i = 0; i <= last; i++) {
            String text = lines.get(i);
            int column = 1;
            if (leading && text.startsWith("| ")) {
                text = text.substring(2);
                column = 3;
            } else if (leading && text.equals("|")) {
                text = "";
            }
            if (text.endsWith(" | |")) {
                text = text.substring(0, text.length() - 4);
            } else if (i == last && text.endsWith(" |")) {
                text = text.substring(0, text.length() - 2);
            } else if (i == last && text.endsWith(" | ")) {
                text = text.substring(0, text.length() - 3);
            }
            out.add(Line.text(i + 1, column, text));
        }
        return out;
    }

    private static List<Line> indented(List<String> lines) {
        List<Line> out = new ArrayList<>();
        int from = RenderingDetector.firstNonBlank(lines);
        if (from >= 0 && lines.get(from).startsWith("URI:")) {
            from++;
        }
        for (int i = Math.max(from, 0); i < lines.size(); i++) {
            String text = lines.get(i);
            Matcher gutter = GUTTER.matcher(text);
            if (gutter.matches()) {
                out.add(new Line(i + 1, gutter.end(1) + 1, gutter.group(4).stripTrailing(), null, true, false));
            } else if (text.startsWith(INDENT)) {
                out.add(Line.text(i + 1, INDENT.length() + 1, text.substring(INDENT.length()).stripTrailing()));
            } else {
                out.add(Line.text(i + 1, 1, text.stripTrailing()));
            }
        }
        return out;
    }

    private int skipGeminiStatus(List<String> lines) {
        int first = RenderingDetector.firstNonBlank(lines);
        String head = lines.get(first);
        if (!head.startsWith("# ") && head.length() >= 2 && Character.isDigit(head.charAt(0))
                && Character.isDigit(head.charAt(1))) {
            if (head.charAt(0) != '2') {
                report(first + 1, Severity.ERROR, DiagnosticCode.MALFORMED_RESPONSE,
                        "the Gemini server answered status " + head.strip() + ", not a page");
            }
            return first + 1;
        }
        return first;
    }

    private static int skipGeminiProxyHeader(List<String> lines) {
        int first = RenderingDetector.firstNonBlank(lines);
        String head = lines.get(first);
        String lastHeader = head.startsWith(RenderingDetector.GKBRK_HEADER) ? RenderingDetector.GKBRK_LAST_HEADER
                : head.startsWith(RenderingDetector.CELERY_HEADER) ? RenderingDetector.CELERY_LAST_HEADER : null;
        if (lastHeader == null) {
            return first;
        }
        for (int i = first; i < lines.size(); i++) {
            if (lines.get(i).startsWith(lastHeader)) {
                return i + 1;
            }
        }
        return first;
    }

    private List<Line> gemtext(List<String> lines, int from) {
        List<Line> out = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.startsWith("```")) {
                continue;
            }
            Matcher link = GEMTEXT_LINK.matcher(text);
            if (link.matches()) {
                String label = link.group(2) == null ? link.group(1) : link.group(2).strip();
                out.add(new Line(i + 1, link.start(link.group(2) == null ? 1 : 2) + 1, label,
                        resolveGemini(i + 1, link.group(1)), true, false));
            } else {
                out.add(Line.text(i + 1, 1, text.stripTrailing()));
            }
        }
        return out;
    }

    private String resolveGemini(int line, String target) {
        try {
            return GEMINI_BASE.resolve(target).toString();
        } catch (IllegalArgumentException e) {
            report(line, Severity.WARNING, DiagnosticCode.INVALID_LINK_TARGET,
                    "link target '" + target + "' is not a valid address; kept as given");
            return target;
        }
    }

    private List<Line> gopherMenu(List<String> lines) {
        List<Line> out = new ArrayList<>();
        boolean ended = false;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            if (ended) {
                if (!raw.isBlank()) {
                    report(i + 1, Severity.WARNING, DiagnosticCode.MALFORMED_RESPONSE,
                            "text after the Gopher end line '.' ignored");
                    break;
                }
                continue;
            }
            if (raw.equals(".")) {
                ended = true;
                continue;
            }
            if (raw.isEmpty()) {
                out.add(Line.text(i + 1, 1, ""));
                continue;
            }
            out.add(gopherLine(i + 1, raw));
        }
        if (!ended) {
            report(lines.size(), Severity.WARNING, DiagnosticCode.INCOMPLETE_CAPTURE,
                    "the Gopher response has no end line '.'; it may have been cut off");
        }
        return out;
    }

    private Line gopherLine(int number, String raw) {
        int typePoint = raw.codePointAt(0);
        if (Character.charCount(typePoint) != 1) {
            report(number, Severity.WARNING, DiagnosticCode.MALFORMED_RESPONSE,
                    "Gopher line without an item type character; read as text");
            return Line.text(number, 1, raw.stripTrailing());
        }
        char type = (char) typePoint;
        String[] fields = raw.substring(1).split("\t", -1);
        String display = fields[0];
        if (fields.length < 2) {
            report(number, Severity.WARNING, DiagnosticCode.MALFORMED_RESPONSE,
                    "Gopher line without tab-separated selector, host and port; read as text");
            return Line.text(number, 1, raw.stripTrailing());
        }
        if (type == 'i') {
            return Line.text(number, 2, display.stripTrailing());
        }
        if (type == '3') {
            report(number, Severity.ERROR, DiagnosticCode.MALFORMED_RESPONSE,
                    "the Gopher server reported an error: " + display.strip());
            return Line.text(number, 2, "");
        }
        String selector = fields[1];
        String host = fields.length > 2 ? fields[2] : "";
        String port = fields.length > 3 ? fields[3].strip() : "70";
        return new Line(number, 2, display.stripTrailing(), gopherTarget(type, selector, host, port), true, false);
    }

    private static String gopherTarget(char type, String selector, String host, String port) {
        if (selector.startsWith("URL:")) {
            return selector.substring(4);
        }
        String authority = port.isEmpty() || port.equals("70") ? host : host + ":" + port;
        String path = selector.startsWith("/") ? selector : "/" + selector;
        return "gopher://" + authority + "/" + type + path;
    }

    private static Line markCut(Line line) {
        String text = line.text();
        if (!text.endsWith(ELLIPSIS)) {
            return line;
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        boolean replacementBefore = text.length() >= 2 && text.charAt(text.length() - 2) == REPLACEMENT;
        if (bytes == CUT_LINE_BYTES || (replacementBefore && (bytes == CUT_LINE_BYTES + 1 || bytes == CUT_LINE_BYTES + 2))) {
            String kept = text.substring(0, text.length() - 1);
            while (!kept.isEmpty() && kept.charAt(kept.length() - 1) == REPLACEMENT) {
                kept = kept.substring(0, kept.length() - 1);
            }
            return new Line(line.number(), line.column(), kept, line.target(), line.item(), true);
        }
        return line;
    }

    private static int lastNonBlank(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private void report(int line, Severity severity, DiagnosticCode code, String message) {
        diagnostics.add(new Diagnostic(SourcePosition.line(source, line), severity, code, message));
    }
}
