package org.taz2rdf.harvest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.taz2rdf.article.Article;
import org.taz2rdf.article.Person;
import org.taz2rdf.article.RelatedArticle;
import org.taz2rdf.article.Tag;
import org.taz2rdf.diagnostic.DiagnosticPolicy;
import org.taz2rdf.diagnostic.Severity;
import org.taz2rdf.parse.ParseResult.PageKind;
import org.taz2rdf.pipeline.ArticleReader;
import org.taz2rdf.pipeline.Outcome;
import org.taz2rdf.source.Input;

/** The fictional site is well-formed: every followed link is served, and taz2rdf's parser reads every page. */
class TazFixturesTest {

    private static final int PORT = 7070;
    private static final Map<String, byte[]> GOPHER = TazFixtures.gopherSite(PORT);
    /** As the real server would send it: taz2rdf only takes ids from targets on taz.de or site-relative ones. */
    private static final Map<String, byte[]> GOPHER_AS_TAZ = TazFixtures.gopherSite("taz.de", 70);
    private static final Map<String, String> GEMINI = TazFixtures.geminiSite();
    private static final ArticleReader READER = new ArticleReader(DiagnosticPolicy.LENIENT);

    @Test
    void everyGopherMenuItemPointsAtAServedSelectorOnTheTestServer() {
        Pattern item = Pattern.compile("^1[^\t]*\t([^\t]*)\t([^\t]*)\t([^\t]*)\r$", Pattern.MULTILINE);
        for (byte[] page : GOPHER.values()) {
            String text = new String(page, UTF_8);
            assertThat(text).endsWith("\r\n.\r\n").doesNotContain("\n\n");
            Matcher m = item.matcher(text);
            while (m.find()) {
                assertThat(GOPHER).containsKey(m.group(1));
                assertThat(m.group(2) + ":" + m.group(3)).isEqualTo("127.0.0.1:" + PORT);
            }
        }
    }

    @Test
    void gopherTextLinesAreWrappedAtSeventyFiveCharacters() {
        for (byte[] page : GOPHER.values()) {
            for (String line : new String(page, UTF_8).split("\r\n")) {
                if (line.startsWith("i") && !line.startsWith("i# taz.de -- ")) { // titles are not wrapped
                    assertThat(line.substring(1, line.indexOf('\t'))).hasSizeLessThanOrEqualTo(75);
                }
            }
        }
    }

    @Test
    void everyGeminiLinkToAnArticleOrMenuIsServed() {
        Pattern link = Pattern.compile("^=> (/[^ ]*!(?:\\d{7}|t\\d{7}|a\\d{5})) ", Pattern.MULTILINE);
        for (String page : GEMINI.values()) {
            Matcher m = link.matcher(page);
            while (m.find()) {
                assertThat(GEMINI).containsKey(m.group(1));
            }
        }
    }

    @Test
    void menusListTheExpectedArticles() {
        assertThat(gopherTargets(TazFixtures.SECTION_SELECTOR)).containsExactlyElementsOf(
                TazFixtures.SECTION_ARTICLE_IDS.stream().map(TazFixtures::articleSelector).toList());
        assertThat(gopherTargets(TazFixtures.TAG_SELECTOR)).containsExactly("/Ehrenamt-im-Sportverein/!9000102",
                "/Freiwillige-Feuerwehr/!9000104", "/Ehrenamtspauschale/!9000107");
        assertThat(GEMINI.get(TazFixtures.SECTION_PATH)).startsWith("# taz.de -- Gesellschaft\n\n"
                + "=> /!9000101 Tafeln in Brandenburg: Mehr Andrang, weniger Spenden\n");
    }

    @Test
    void taz2rdfReadsEveryArticlePageOfBothSites() {
        for (String id : TazFixtures.ARTICLE_IDS) {
            TazFixtures.Article fixture = TazFixtures.article(id);
            for (byte[] page : List.of(GOPHER_AS_TAZ.get("/!" + id), ("20 text/gemini;lang=de\r\n"
                    + GEMINI.get("/!" + id)).getBytes(UTF_8))) {
                Outcome outcome = read("!" + id, page);
                assertThat(outcome.kind()).isEqualTo(PageKind.ARTICLE);
                assertThat(outcome.count(Severity.WARNING) + outcome.count(Severity.ERROR))
                        .as(outcome.diagnostics().toString()).isZero();
                Article article = outcome.article().orElseThrow();
                assertThat(article.tazId()).isEqualTo(id);
                assertThat(article.title().display()).isEqualTo(fixture.title());
                assertThat(article.lead()).isEqualTo(fixture.lead());
                assertThat(article.authors()).containsExactly(new Person("Jana Wendland", "a42101"));
                assertThat(article.ownTags()).containsExactly(new Tag("Ehrenamt", "t5000101"));
                assertThat(article.related()).extracting(RelatedArticle::tazId).containsExactlyElementsOf(fixture.related());
                assertThat(article.links()).hasSize(fixture.links().size());
            }
        }
    }

    @Test
    void taz2rdfRecognisesTheMenusAsMenus() {
        for (String selector : List.of(TazFixtures.SECTION_SELECTOR, TazFixtures.TAG_SELECTOR, TazFixtures.AUTHOR_SELECTOR)) {
            assertThat(read(selector, GOPHER.get(selector)).kind()).isEqualTo(PageKind.MENU);
        }
        assertThat(read("!p4611", GEMINI.get(TazFixtures.SECTION_PATH).getBytes(UTF_8)).kind()).isEqualTo(PageKind.MENU);
    }

    private static List<String> gopherTargets(String selector) {
        return new String(GOPHER.get(selector), UTF_8).lines().filter(line -> line.startsWith("1"))
                .map(line -> line.split("\t")[1]).toList();
    }

    private static Outcome read(String name, byte[] bytes) {
        return READER.read(new Input.StreamInput(name, new ByteArrayInputStream(bytes)), Optional.empty());
    }
}
