package org.taz2rdf.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.taz2rdf.article.Article;
import org.taz2rdf.article.Link;
import org.taz2rdf.article.Person;
import org.taz2rdf.article.RelatedArticle;
import org.taz2rdf.article.Tag;
import org.taz2rdf.diagnostic.DiagnosticPolicy;
import org.taz2rdf.pipeline.ArticleReader;
import org.taz2rdf.source.Input;

/** The article the project started from comes out with every part the issue names. */
class SeedArticleTest {

    private static final Article SEED = new ArticleReader(DiagnosticPolicy.LENIENT)
            .read(new Input.FileInput(Path.of("src/test/resources/golden/real/seed-musk-trump.txt")), Optional.empty())
            .article().orElseThrow();

    @Test
    void readsHeadlineAndKicker() {
        assertThat(SEED.title().display()).isEqualTo("X-Gespräch von Musk und Trump: Demonstration der Schwäche");
        assertThat(SEED.title().kicker()).isEqualTo("X-Gespräch von Musk und Trump");
    }

    @Test
    void readsLeadImageAndDate() {
        assertThat(SEED.lead()).isEqualTo("US-Präsidentschaftsbewerber Donald Trump ist verzweifelt. Sein"
                + " Live-Gespräch mit Elon Musk sollte seine Kampagne wiederbeleben. Doch das misslang.");
        assertThat(SEED.image().caption())
                .isEqualTo("So oder ähnlich sah Donald Trumps X-Space aus, während er mit seinem Ku");
        assertThat(SEED.image().truncated()).isTrue();
        assertThat(SEED.datePublished()).hasToString("2024-08-13");
    }

    @Test
    void readsTheAuthorAndOnlyTheOwnTags() {
        assertThat(SEED.authors()).containsExactly(new Person("Nicholas Potter", null));
        assertThat(SEED.ownTags()).extracting(Tag::name).containsExactly("Elon Musk", "Donald Trump", "Twitter / X", "GNS");
    }

    @Test
    void readsFourLinksAndFlagsTheCutOne() {
        assertThat(SEED.links()).containsExactly(
                new Link(1, "den republikanischen Präsidentschaftskandidaten zum Gespräch", "/Wahlkampf-in-den-USA/!6030102", false),
                new Link(2, "The Verge,", "https://www.theverge.com/2024/8/12/24219121/donald-trump-elon-musk-intervie", true),
                new Link(3, "katastrophalen Kampagnenstart des republikanischen Trump-Herausforderers Ron DeSantis",
                        "/Ron-DeSantis-will-US-Praesident-werden/!5934444", false),
                new Link(4, "bekannt für ihre Heiterkeit", "/Selbstbewusstsein-von-Kamala-Harris/!6022741", false));
    }

    @Test
    void readsFiveRelatedArticlesEachWithItsTagAndResolvesDeSantisByItsSlug() {
        List<RelatedArticle> related = SEED.related();
        assertThat(related).extracting(r -> r.title().kicker()).containsExactly("X-Chef Elon Musk",
                "Radikalisierung von Elon Musk", "Kandidatur von Kamala Harris", "EU-Kommission sieht Verstöße",
                "Ron DeSantis will US-Präsident werden");
        assertThat(related).extracting(r -> r.via().name()).containsExactly("Elon Musk", "Elon Musk", "US-Wahl 2024",
                "Online-Plattform", "Ron DeSantis");
        assertThat(related).extracting(RelatedArticle::tazId).containsExactly(null, null, null, null, "5934444");
        assertThat(related.get(4).teaser()).isEqualTo("Mit beispiellosem Kampf gegen alles Liberale hat Floridas"
                + " Gouverneur Ron DeSantis nationale Bekanntheit erreicht. Nun tritt er gegen Donald Trump an.");
    }

    @Test
    void keepsTheSubheadingAsItsOwnParagraph() {
        assertThat(SEED.body()).extracting(Object::toString).contains("Subheading[text=Kamala Harris dürfte laut lachen]");
        assertThat(SEED.lossy()).isTrue();
    }
}
