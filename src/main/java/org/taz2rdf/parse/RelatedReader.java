package org.taz2rdf.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.taz2rdf.article.Link;
import org.taz2rdf.article.RelatedArticle;
import org.taz2rdf.article.Tag;
import org.taz2rdf.article.Title;
import org.taz2rdf.diagnostic.DiagnosticCode;
import org.taz2rdf.diagnostic.Severity;

/**
 * Reads TAGS and ARTIKEL ZUM THEMA together. taz lists under TAGS the article's own tags followed by one tag
 * per related article, in the related articles' order; so the own tags are the first (#tags − #related),
 * which needs the whole related list. Where the list is cut off, the split is reported and not guessed.
 * Related articles get their taz id from their link item, or from a LINKS address whose slug is their kicker.
 */
final class RelatedReader {

    private final Reporter reporter;
    private final Rendering rendering;

    RelatedReader(Reporter reporter, Rendering rendering) {
        this.reporter = reporter;
        this.rendering = rendering;
    }

    TagsAndRelated read(EndSections sections, List<Link> links, boolean cutBeforeSections, boolean responseComplete) {
        List<Tag> tags = sections.of(Section.TAGS).stream()
                .map(line -> new Tag(line.text().strip(), TazTargets.tagId(line.target()).orElse(null)))
                .toList();
        List<RelatedArticle> related = related(sections, links);
        boolean lossy = false;
        if (sections.relatedTitlesDropped()) {
            Line first = sections.of(Section.RELATED).get(0);
            reporter.report(first, Severity.WARNING, DiagnosticCode.INCOMPLETE_CAPTURE,
                    "this " + rendering.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                            + " rendering dropped the link lines (authors, tags, related titles); "
                            + sections.of(Section.RELATED).size() + " related teasers without title not recorded");
            return new TagsAndRelated(List.of(), List.of(), true);
        }
        boolean stopsInSections = !cutBeforeSections && !sections.relatedComplete()
                && !(responseComplete && !sections.has(Section.RELATED));
        if (stopsInSections && (sections.has(Section.LINKS) || sections.has(Section.AUTHORS)
                || sections.has(Section.TAGS) || sections.has(Section.RELATED))) {
            List<Line> all = lastSectionLines(sections);
            reporter.report(all.isEmpty() ? 1 : all.get(all.size() - 1).number(), 1, Severity.WARNING,
                    DiagnosticCode.INCOMPLETE_CAPTURE,
                    "the capture stops inside the end sections; what they show is kept and the article marked lossy");
            lossy = true;
        }
        if (tags.isEmpty()) {
            return new TagsAndRelated(List.of(), related, lossy);
        }
        int ownCount;
        if (sections.relatedComplete() && related.size() <= tags.size()) {
            ownCount = tags.size() - related.size();
        } else if (responseComplete && !sections.has(Section.RELATED)) {
            ownCount = tags.size();
        } else {
            Line first = sections.of(Section.TAGS).get(0);
            reporter.report(first, Severity.WARNING, DiagnosticCode.UNCERTAIN_TAG_SPLIT,
                    sections.relatedComplete()
                            ? "TAGS lists " + tags.size() + " tags but there are " + related.size()
                                    + " related articles; which tags are the article's own is unknown, none recorded"
                            : "the related articles are cut off, so which of the " + tags.size()
                                    + " tags are the article's own is unknown; no tags recorded");
            return new TagsAndRelated(List.of(), related, true);
        }
        Set<Tag> own = new LinkedHashSet<>(tags.subList(0, ownCount));
        List<RelatedArticle> withVia = new ArrayList<>();
        for (int i = 0; i < related.size(); i++) {
            withVia.add(related.get(i).withVia(tags.get(ownCount + i)));
        }
        return new TagsAndRelated(List.copyOf(own), withVia, lossy);
    }

    private static List<Line> lastSectionLines(EndSections sections) {
        for (int i = Section.values().length - 1; i >= 0; i--) {
            List<Line> lines = sections.of(Section.values()[i]);
            if (!lines.isEmpty()) {
                return lines;
            }
        }
        return List.of();
    }

    private List<RelatedArticle> related(EndSections sections, List<Link> links) {
        List<String> linkTargets = links.stream().filter(link -> !link.truncated() && link.target() != null)
                .map(Link::target).toList();
        List<RelatedArticle> related = new ArrayList<>();
        for (RelatedEntry entry : sections.related()) {
            Line line = entry.titleLine();
            String text = line.text().strip();
            List<String> slugs = new ArrayList<>();
            TazTargets.slug(line.target()).ifPresent(slugs::add);
            String id = TazTargets.articleId(line.target()).orElse(null);
            for (String target : linkTargets) {
                var slug = TazTargets.slug(target);
                if (slug.isPresent() && KickerSplitter.slugMatches(text, slug.get())) {
                    slugs.add(slug.get());
                    if (id == null) {
                        id = TazTargets.articleId(target).orElse(null);
                    }
                }
            }
            KickerSplitter.Split split = KickerSplitter.split(text, slugs);
            if (split.ambiguous()) {
                reporter.report(line, Severity.NOTE, DiagnosticCode.AMBIGUOUS_KICKER,
                        "related title has several ': ' and no address slug settles the kicker; kicker left out");
            }
            related.add(new RelatedArticle(new Title(text, split.kicker().orElse(null), line.cut()),
                    entry.teaser(), id, null));
        }
        return related;
    }
}
