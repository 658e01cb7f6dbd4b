package org.taz2rdf.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taz2rdf.article.Article;
import org.taz2rdf.article.Image;
import org.taz2rdf.article.Title;
import org.taz2rdf.diagnostic.DiagnosticCode;
import org.taz2rdf.diagnostic.Severity;
import org.taz2rdf.source.SourceDocument;

/**
 * Reads the text of a taz page, in any {@link Rendering}, into an {@link Article}. Never throws on bad text:
 * what it cannot read becomes a diagnostic with the line it stands on, and the rest is read. Stateless and
 * thread-safe; one instance serves any number of inputs.
 *
 * <pre>{@code
 * ParseResult result = new ArticleParser().parse(document, Optional.empty());
 * result.article().ifPresent(mapper::map);
 * }</pre>
 */
public final class ArticleParser {

    private static final Pattern TITLE = Pattern.compile("(?:#+\\s*)?taz\\.de -- (.*)");
    private static final Pattern IMAGE = Pattern.compile("Bild:\\s*(.*)");
    private static final Pattern CREDIT = Pattern.compile("(.*?)\\s+Foto:\\s*(.+)");
    private static final Pattern AUTHOR_MENU = Pattern.compile("(?:Alle )?Artikel von .*");

    /**
     * Parses one document. The article id comes from {@code explicitId} where given, else from the document's
     * name ({@code …/!5536273.txt}).
     */
    public ParseResult parse(SourceDocument document, Optional<String> explicitId) {
        Reporter reporter = new Reporter(document.name());
        reporter.addAll(document.diagnostics());
        try {
            return parse(document, explicitId, reporter);
        } catch (RuntimeException e) {
            reporter.reportWholeInput(Severity.ERROR, DiagnosticCode.INTERNAL_ERROR,
                    "taz2rdf failed on this input (" + e + "); please report it with the input");
            return new ParseResult(Optional.empty(), ParseResult.PageKind.UNKNOWN, reporter.diagnostics());
        }
    }

    private ParseResult parse(SourceDocument document, Optional<String> explicitId, Reporter reporter) {
        Unwrapped unwrapped = Unwrapper.unwrap(document.name(), document.lines());
        reporter.addAll(unwrapped.diagnostics());
        Rendering rendering = unwrapped.rendering();
        List<Line> lines = unwrapped.lines();
        int titleIndex = firstNonBlank(lines, 0);
        if (titleIndex < 0) {
            reporter.reportWholeInput(Severity.ERROR, DiagnosticCode.EMPTY_INPUT, "the input holds no text");
            return failed(reporter);
        }
        Line titleLine = lines.get(titleIndex);
        Matcher title = TITLE.matcher(titleLine.text().strip());
        if (!title.matches()) {
            return noTitle(titleLine, reporter, titleLine.text().strip().equals("taz.de"));
        }
        String name = document.name();
        PageLayout layout = PageLayout.of(lines, titleIndex, rendering);
        if (isMenu(title.group(1), layout, name, explicitId)) {
            reporter.report(titleLine, Severity.NOTE, DiagnosticCode.MENU_PAGE,
                    "this is a taz menu page ('" + title.group(1).strip() + "'), not an article; skipped");
            return new ParseResult(Optional.empty(), ParseResult.PageKind.MENU, reporter.diagnostics());
        }
        return new ParseResult(Optional.of(article(document, explicitId, reporter, unwrapped, layout,
                titleLine, title.group(1))), ParseResult.PageKind.ARTICLE, reporter.diagnostics());
    }

    private Article article(SourceDocument document, Optional<String> explicitId, Reporter reporter,
            Unwrapped unwrapped, PageLayout layout, Line titleLine, String titleText) {
        Rendering rendering = unwrapped.rendering();
        List<Line> lines = unwrapped.lines();
        String name = document.name();
        Optional<String> id = explicitId.or(() -> ArticleIds.articleId(name));
        if (id.isEmpty()) {
            reporter.report(titleLine, Severity.WARNING, DiagnosticCode.NO_ARTICLE_ID,
                    "no taz article id (!1234567) in the file name, its path or --id; the article gets a minted IRI");
        }
        boolean responseComplete = layout.responseComplete(unwrapped);
        EndSections sections = new EndSectionsReader(rendering, reporter)
                .read(lines.subList(layout.sectionsStart(), lines.size()), responseComplete);
        LinkCollector linkCollector = new LinkCollector(reporter);
        List<String> slugs = new ArrayList<>();
        ArticleIds.slug(name).ifPresent(slugs::add);
        Title title = title(titleLine, titleText.strip(), slugs, reporter);
        String lead = layout.lead(lines);
        Image image = image(layout.imageLine(lines), reporter);
        BodyParser.Body body = new BodyParser(rendering, reporter).parse(layout.bodyLines(lines));
        LocalDate date = layout.date(lines, reporter);
        var links = linkCollector.links(body.markers(), sections, layout.isCutBeforeSections());
        TagsAndRelated tagsAndRelated = new RelatedReader(reporter, rendering)
                .read(sections, links, layout.isCutBeforeSections(), responseComplete);
        boolean lossy = layout.reportDamage(lines, reporter) | tagsAndRelated.lossy();
        return new Article(id.orElse(null), title, lead, image, body.datelinePlace(), body.blocks(), date, links,
                new AuthorReader(reporter).authors(sections.of(Section.AUTHORS)), tagsAndRelated.ownTags(),
                tagsAndRelated.related(), null, lossy);
    }

    private static Title title(Line line, String text, List<String> slugs, Reporter reporter) {
        KickerSplitter.Split split = KickerSplitter.split(text, slugs);
        if (split.ambiguous()) {
            reporter.report(line, Severity.NOTE, DiagnosticCode.AMBIGUOUS_KICKER,
                    "title has several ': ' and no address slug settles the kicker; kicker left out");
        }
        return new Title(text, split.kicker().orElse(null), line.cut());
    }

    private static Image image(Optional<Line> line, Reporter reporter) {
        if (line.isEmpty()) {
            return null;
        }
        Matcher m = IMAGE.matcher(line.get().text().strip());
        if (!m.matches() || m.group(1).isBlank()) {
            reporter.report(line.get(), Severity.WARNING, DiagnosticCode.UNEXPECTED_LINE,
                    "image line without a caption; no image recorded");
            return null;
        }
        String caption = m.group(1).strip();
        String credit = null;
        Matcher c = CREDIT.matcher(caption);
        if (c.matches() && !line.get().cut()) {
            caption = c.group(1).strip();
            credit = c.group(2).strip();
        }
        return new Image(caption, credit, line.get().target(), line.get().cut());
    }

    private static boolean isMenu(String title, PageLayout layout, String name, Optional<String> explicitId) {
        if (AUTHOR_MENU.matcher(title.strip()).matches()) {
            return true;
        }
        if (layout.hasArticleParts()) {
            return false;
        }
        return explicitId.isEmpty() && (ArticleIds.articleId(name).isEmpty() || ArticleIds.menuId(name).isPresent()
                || layout.hasArticleItems());
    }

    private static ParseResult noTitle(Line line, Reporter reporter, boolean frontPage) {
        if (frontPage) {
            reporter.report(line, Severity.NOTE, DiagnosticCode.MENU_PAGE,
                    "this is the taz front page, a menu, not an article; skipped");
            return new ParseResult(Optional.empty(), ParseResult.PageKind.MENU, reporter.diagnostics());
        }
        reporter.report(line, Severity.ERROR, DiagnosticCode.NO_TITLE,
                "expected the taz title line '# taz.de -- Kicker: Title', found '" + abbreviate(line.text()) + "'");
        return failed(reporter);
    }

    private static ParseResult failed(Reporter reporter) {
        return new ParseResult(Optional.empty(), ParseResult.PageKind.UNKNOWN, reporter.diagnostics());
    }

    static String abbreviate(String text) {
        String stripped = text.strip();
        if (stripped.codePointCount(0, stripped.length()) <= 60) {
            return stripped;
        }
        return stripped.substring(0, stripped.offsetByCodePoints(0, 57)) + "...";
    }

    static int firstNonBlank(List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
