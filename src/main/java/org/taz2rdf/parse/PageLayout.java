package org.taz2rdf.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.taz2rdf.diagnostic.DiagnosticCode;
import org.taz2rdf.diagnostic.Severity;

/**
 * Where the parts of an article stand among its lines: title, lead, image line, body, date line and the
 * start of the end sections. Indexes are into the unwrapped lines; -1 where a part is absent.
 */
final class PageLayout {

    private static final Pattern ARTICLE_TARGET = Pattern.compile(".*!\\d{4,9}/?$");

    private final List<Line> lines;
    private final Rendering rendering;
    private final int leadStart;
    private final int leadEnd;
    private final int imageIndex;
    private final int bodyStart;
    private final int dateIndex;
    private final int sectionsStart;

    private PageLayout(List<Line> lines, Rendering rendering, int leadStart, int leadEnd, int imageIndex,
            int bodyStart, int dateIndex, int sectionsStart) {
        this.lines = lines;
        this.rendering = rendering;
        this.leadStart = leadStart;
        this.leadEnd = leadEnd;
        this.imageIndex = imageIndex;
        this.bodyStart = bodyStart;
        this.dateIndex = dateIndex;
        this.sectionsStart = sectionsStart;
    }

    static PageLayout of(List<Line> lines, int titleIndex, Rendering rendering) {
        int next = ArticleParser.firstNonBlank(lines, titleIndex + 1);
        int leadStart = -1;
        int leadEnd = -1;
        if (next >= 0 && isQuote(lines.get(next))) {
            leadStart = next;
            leadEnd = next;
            while (leadEnd < lines.size() && isQuote(lines.get(leadEnd))) {
                leadEnd++;
            }
            next = ArticleParser.firstNonBlank(lines, leadEnd);
        } else if (next >= 0 && !rendering.hardWrapped() && isPlainText(lines.get(next), rendering)) {
            leadStart = next;
            leadEnd = next + 1;
            next = ArticleParser.firstNonBlank(lines, leadEnd);
        }
        int imageIndex = -1;
        if (next >= 0 && lines.get(next).text().strip().startsWith("Bild:")) {
            imageIndex = next;
            next++;
        }
        int bodyStart = next < 0 ? lines.size() : next;
        int sectionsStart = lines.size();
        for (int i = bodyStart; i < lines.size(); i++) {
            if (Section.opening(lines.get(i), rendering.stripsHeadingMarks()).isPresent()) {
                sectionsStart = i;
                break;
            }
        }
        int dateIndex = -1;
        for (int i = sectionsStart - 1; i >= bodyStart; i--) {
            if (TazDates.isDateLine(lines.get(i).text())) {
                dateIndex = i;
                break;
            }
        }
        return new PageLayout(lines, rendering, leadStart, leadEnd, imageIndex, bodyStart, dateIndex, sectionsStart);
    }

    private static boolean isQuote(Line line) {
        return line.text().startsWith(">");
    }

    private static boolean isPlainText(Line line, Rendering rendering) {
        String text = line.text().strip();
        return !line.item() && !text.startsWith("Bild:") && !text.startsWith("#") && !TazDates.isDateLine(text)
                && Section.opening(line, rendering.stripsHeadingMarks()).isEmpty();
    }

    /** Whether anything but a title and link items shows that this is an article. */
    boolean hasArticleParts() {
        return leadStart >= 0 && isQuote(lines.get(leadStart)) || imageIndex >= 0 || dateIndex >= 0
                || sectionsStart < lines.size();
    }

    /** Whether the page links to articles before any end section, as menus do. */
    boolean hasArticleItems() {
        return lines.subList(bodyStart, sectionsStart).stream()
                .anyMatch(line -> line.item() && line.target() != null && ARTICLE_TARGET.matcher(line.target()).matches());
    }

    String lead(List<Line> all) {
        if (leadStart < 0) {
            return null;
        }
        StringBuilder lead = new StringBuilder();
        for (Line line : all.subList(leadStart, leadEnd)) {
            String text = line.text().startsWith(">") ? line.text().substring(1).strip() : line.text().strip();
            if (!text.isEmpty()) {
                lead.append(lead.length() == 0 ? "" : " ").append(text).append(line.cut() ? "\u2026" : "");
            }
        }
        return lead.length() == 0 ? null : lead.toString();
    }

    Optional<Line> imageLine(List<Line> all) {
        return imageIndex < 0 ? Optional.empty() : Optional.of(all.get(imageIndex));
    }

    List<Line> bodyLines(List<Line> all) {
        return all.subList(bodyStart, dateIndex >= 0 ? dateIndex : sectionsStart);
    }

    int sectionsStart() {
        return sectionsStart;
    }

    /** Whether the capture stops inside the body, before the date line. */
    boolean isCutBeforeSections() {
        return dateIndex < 0;
    }

    /** Whether the input is a whole server response, which shows the true end of the page. */
    boolean responseComplete(Unwrapped unwrapped) {
        boolean raw = rendering == Rendering.GOPHER_RAW || rendering == Rendering.GEMTEXT;
        return raw && unwrapped.diagnostics().stream().noneMatch(d -> d.code() == DiagnosticCode.INCOMPLETE_CAPTURE);
    }

    LocalDate date(List<Line> all, Reporter reporter) {
        if (dateIndex < 0) {
            return null;
        }
        Line line = all.get(dateIndex);
        Optional<LocalDate> date = TazDates.parse(line.text());
        if (date.isEmpty()) {
            reporter.report(line, Severity.WARNING, DiagnosticCode.INVALID_DATE,
                    "date line '" + line.text().strip() + "' names no real day; no date recorded");
        }
        return date.orElse(null);
    }

    /** Reports every cut line and a capture that stops in the body; returns whether anything was lost. */
    boolean reportDamage(List<Line> all, Reporter reporter) {
        boolean lossy = false;
        for (Line line : all) {
            if (line.cut()) {
                reporter.report(line, Severity.WARNING, DiagnosticCode.TRUNCATED_LINE,
                        "line cut by a proxy at 79 bytes ('…'); its end is lost and marked as truncated");
                lossy = true;
            }
        }
        if (dateIndex < 0) {
            Line last = all.get(lastNonBlank(all));
            reporter.report(last, Severity.WARNING, DiagnosticCode.INCOMPLETE_CAPTURE,
                    "the capture stops inside the body (no date line, no end sections); the article is kept"
                            + " as far as it goes and marked lossy");
            lossy = true;
        }
        return lossy;
    }

    private static int lastNonBlank(List<Line> all) {
        for (int i = all.size() - 1; i > 0; i--) {
            if (!all.get(i).isBlank()) {
                return i;
            }
        }
        return 0;
    }
}
