package org.taz2rdf.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.taz2rdf.diagnostic.DiagnosticCode;
import org.taz2rdf.diagnostic.Severity;

/**
 * Splits the lines after the date line into LINKS, AUTOREN, TAGS and ARTIKEL ZUM THEMA, and the last into
 * entries of a title line and a teaser. Where the rendering shows link items, they are the titles; in
 * hard-wrapped text without them, a teaser ends where the next line's first word would have fit on its
 * last line (taz wraps greedily) or where a sentence ends before a {@code Kicker: Headline} line.
 */
final class EndSectionsReader {

    private static final String TERMINAL = ".!?…“\"»)’'";

    private final Rendering rendering;
    private final Reporter reporter;

    EndSectionsReader(Rendering rendering, Reporter reporter) {
        this.rendering = rendering;
        this.reporter = reporter;
    }

    /** Reads the sections in {@code lines}, the first of which opens a section. */
    EndSections read(List<Line> lines, boolean responseComplete) {
        Map<Section, List<Line>> sections = new EnumMap<>(Section.class);
        List<Line> current = null;
        Section last = null;
        for (Line line : lines) {
            var opened = Section.opening(line, rendering.stripsHeadingMarks());
            if (opened.isPresent()) {
                Section section = opened.get();
                if (sections.containsKey(section) || (last != null && section.ordinal() < last.ordinal())) {
                    reporter.report(line, Severity.WARNING, DiagnosticCode.UNEXPECTED_LINE,
                            "section " + section.heading() + " out of order or repeated; read where it stands");
                }
                current = sections.computeIfAbsent(section, s -> new ArrayList<>());
                last = section;
            } else if (current != null && !line.isBlank()) {
                current.add(line);
            }
        }
        List<Line> relatedLines = sections.getOrDefault(Section.RELATED, List.of());
        boolean titlesDropped = rendering == Rendering.GEMINI_PROXY && !relatedLines.isEmpty()
                && sections.getOrDefault(Section.AUTHORS, List.of()).isEmpty()
                && sections.getOrDefault(Section.TAGS, List.of()).isEmpty();
        List<RelatedEntry> related = titlesDropped ? List.of() : entries(relatedLines);
        boolean complete = sections.containsKey(Section.RELATED)
                && (responseComplete || (!related.isEmpty() && related.get(related.size() - 1).teaserComplete()));
        return new EndSections(sections, related, complete, titlesDropped);
    }

    private List<RelatedEntry> entries(List<Line> lines) {
        boolean items = lines.stream().anyMatch(Line::item);
        List<RelatedEntry> entries = new ArrayList<>();
        Line title = null;
        List<Line> teaser = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean startsEntry = title == null || (items ? line.item() : endsTeaser(teaser, line));
            if (startsEntry) {
                if (title != null) {
                    entries.add(entry(title, teaser));
                }
                title = line;
                teaser = new ArrayList<>();
            } else {
                teaser.add(line);
            }
        }
        if (title != null) {
            entries.add(entry(title, teaser));
        }
        return entries;
    }

    private boolean endsTeaser(List<Line> teaser, Line next) {
        if (teaser.isEmpty()) {
            return false;
        }
        if (!rendering.hardWrapped()) {
            return true;
        }
        Line last = teaser.get(teaser.size() - 1);
        String text = last.text().stripTrailing();
        boolean sentenceEnds = !text.isEmpty() && TERMINAL.indexOf(text.charAt(text.length() - 1)) >= 0;
        int room = BodyParser.WRAP_WIDTH - text.codePointCount(0, text.length());
        String nextText = next.text().strip();
        int space = nextText.indexOf(' ');
        int nextWord = space < 0 ? nextText.length() : space;
        return sentenceEnds && (nextWord + 1 <= room || nextText.contains(": "));
    }

    private static RelatedEntry entry(Line title, List<Line> teaserLines) {
        if (teaserLines.isEmpty()) {
            return new RelatedEntry(title, null, false);
        }
        StringBuilder teaser = new StringBuilder();
        for (Line line : teaserLines) {
            teaser.append(teaser.length() == 0 ? "" : " ").append(line.text().strip());
        }
        Line last = teaserLines.get(teaserLines.size() - 1);
        String end = last.text().stripTrailing();
        boolean complete = !last.cut() && !end.isEmpty() && TERMINAL.indexOf(end.charAt(end.length() - 1)) >= 0;
        return new RelatedEntry(title, teaser.toString(), complete);
    }
}
