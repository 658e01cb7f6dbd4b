package org.taz2rdf.parse;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taz2rdf.article.Link;
import org.taz2rdf.diagnostic.DiagnosticCode;
import org.taz2rdf.diagnostic.Severity;

/**
 * Pairs the body's link markers with the entries under LINKS by number. Every marker gets its link, also
 * without an entry; an item line's full address wins over its (possibly cut) display text.
 */
final class LinkCollector {

    private static final Pattern ENTRY = Pattern.compile("\\[([1-9]\\d{0,2})\\]\\s*(.*)");

    private final Reporter reporter;

    LinkCollector(Reporter reporter) {
        this.reporter = reporter;
    }

    /** A LINKS entry: its target as given and whether it was cut. */
    private record Target(String value, boolean truncated, Line line) {}

    List<Link> links(List<BodyParser.Marker> markers, EndSections sections, boolean cutBeforeSections) {
        Map<Integer, Target> targets = targets(sections.of(Section.LINKS));
        List<Link> links = new ArrayList<>();
        Map<Integer, BodyParser.Marker> seen = new LinkedHashMap<>();
        for (BodyParser.Marker marker : markers) {
            if (seen.putIfAbsent(marker.number(), marker) != null) {
                reporter.report(marker.line(), Severity.WARNING, DiagnosticCode.UNMATCHED_LINK,
                        "link marker [" + marker.number() + "] appears twice; the first one is recorded");
                continue;
            }
            Target target = targets.get(marker.number());
            if (target == null && !cutBeforeSections) {
                reporter.report(marker.line(), Severity.WARNING, DiagnosticCode.UNMATCHED_LINK,
                        "link marker [" + marker.number() + "] has no entry under LINKS; recorded without address");
            }
            links.add(target == null ? new Link(marker.number(), marker.anchor(), null, false)
                    : new Link(marker.number(), marker.anchor(), target.value(), target.truncated()));
        }
        targets.forEach((number, target) -> {
            if (!seen.containsKey(number)) {
                reporter.report(target.line(), Severity.WARNING, DiagnosticCode.UNMATCHED_LINK,
                        "LINKS entry [" + number + "] has no marker in the body; not recorded");
            }
        });
        return links;
    }

    private Map<Integer, Target> targets(List<Line> lines) {
        Map<Integer, Target> targets = new LinkedHashMap<>();
        for (Line line : lines) {
            Matcher m = ENTRY.matcher(line.text().strip());
            if (!m.matches() || (m.group(2).isBlank() && line.target() == null)) {
                reporter.report(line, Severity.WARNING, DiagnosticCode.MALFORMED_LINK_ENTRY,
                        "expected a LINKS entry '[n] target', found '" + ArticleParser.abbreviate(line.text()) + "'");
                continue;
            }
            int number = Integer.parseInt(m.group(1));
            boolean full = line.target() != null;
            String value = full ? line.target() : m.group(2).strip();
            if (!full && !line.cut() && !isValidAddress(value)) {
                reporter.report(line, Severity.WARNING, DiagnosticCode.INVALID_LINK_TARGET,
                        "LINKS entry [" + number + "] '" + ArticleParser.abbreviate(value)
                                + "' is not a valid address; kept as visible text only");
                targets.putIfAbsent(number, new Target(value, true, line));
                continue;
            }
            targets.putIfAbsent(number, new Target(value, !full && line.cut(), line));
        }
        return targets;
    }

    private static boolean isValidAddress(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() ? uri.getHost() != null || uri.isOpaque()
                    : value.startsWith("/") && !value.startsWith("//");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
