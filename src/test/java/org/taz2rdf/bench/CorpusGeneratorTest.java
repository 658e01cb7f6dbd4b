package org.taz2rdf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taz2rdf.article.Article;
import org.taz2rdf.article.Link;
import org.taz2rdf.article.Person;
import org.taz2rdf.article.RelatedArticle;
import org.taz2rdf.article.Tag;
import org.taz2rdf.diagnostic.DiagnosticPolicy;
import org.taz2rdf.diagnostic.Severity;
import org.taz2rdf.parse.ParseResult.PageKind;
import org.taz2rdf.pipeline.ArticleReader;
import org.taz2rdf.pipeline.Outcome;
import org.taz2rdf.source.Input;

/**
 * The benchmark corpus is what the real parser reads: 200 generated articles in all four renderings each parse
 * to an article with no error, with the own tags, authors and number of related articles the generator says it
 * wrote; what they link to and list as related is in the corpus; and the same seed gives the same bytes.
 */
class CorpusGeneratorTest {

    private static final int COUNT = 200;
    private static final long SEED = 20261127L;
    private static final Pattern ARTICLE_ID = Pattern.compile("!(\\d{7})/?$");

    @TempDir
    static Path corpus;

    private static final List<ManifestEntry> MANIFEST = new ArrayList<>();
    private static final List<Outcome> OUTCOMES = new ArrayList<>();

    @BeforeAll
    static void generateAndParse() throws IOException {
        CorpusGenerator.generate(corpus, COUNT, SEED, Arrays.asList(CorpusRendering.values()), MANIFEST::add);
        ArticleReader reader = new ArticleReader(DiagnosticPolicy.LENIENT);
        for (ManifestEntry entry : MANIFEST) {
            OUTCOMES.add(reader.read(new Input.FileInput(corpus.resolve(entry.file())), Optional.empty()));
        }
    }

    @Test
    void writesOneFilePerArticleInEveryRendering() throws IOException {
        assertThat(MANIFEST).hasSize(COUNT);
        try (Stream<Path> files = Files.list(corpus)) {
            assertThat(files.map(path -> path.getFileName().toString()).filter(name -> name.startsWith("!")))
                    .containsExactlyInAnyOrderElementsOf(MANIFEST.stream().map(ManifestEntry::file).toList());
        }
        assertThat(MANIFEST.stream().map(ManifestEntry::rendering).distinct())
                .containsExactlyInAnyOrder("pipe", "gopher-raw", "gemtext", "cortex");
        assertThat(MANIFEST).allSatisfy(entry -> assertThat(entry.file()).matches("!\\d{7}\\.(txt|gophermap|gmi)"));
    }

    @Test
    void everyArticleParsesWithoutErrors() {
        for (int i = 0; i < COUNT; i++) {
            Outcome outcome = OUTCOMES.get(i);
            assertThat(outcome.kind()).as(MANIFEST.get(i).file()).isEqualTo(PageKind.ARTICLE);
            assertThat(outcome.article()).as(MANIFEST.get(i).file()).isPresent();
            assertThat(outcome.diagnostics()).as(MANIFEST.get(i).file())
                    .noneMatch(diagnostic -> diagnostic.severity() == Severity.ERROR);
        }
    }

    @Test
    void ownTagsAuthorsAndRelatedArticlesComeOutAsGenerated() {
        for (int i = 0; i < COUNT; i++) {
            ManifestEntry entry = MANIFEST.get(i);
            Article article = OUTCOMES.get(i).article().orElseThrow();
            assertThat(article.tazId()).as(entry.file()).isEqualTo(entry.id());
            assertThat(article.ownTags().stream().map(Tag::name)).as(entry.file())
                    .containsExactlyElementsOf(entry.ownTags());
            assertThat(article.authors().stream().map(Person::name)).as(entry.file())
                    .containsExactlyElementsOf(entry.authors());
            assertThat(article.related()).as(entry.file()).hasSize(entry.related());
            assertThat(article.related()).as(entry.file()).allSatisfy(related -> assertThat(related.via()).isNotNull());
            assertThat(entry.related()).isBetween(3, 6);
            assertThat(entry.words()).isBetween(300, 1600);
        }
    }

    @Test
    void renderingsThatKeepEveryLineGiveEveryLink() {
        for (int i = 0; i < COUNT; i++) {
            ManifestEntry entry = MANIFEST.get(i);
            if (!entry.rendering().equals("pipe")) {
                assertThat(OUTCOMES.get(i).article().orElseThrow().links()).as(entry.file()).hasSize(entry.links());
            }
        }
    }

    @Test
    void linksAndRelatedArticlesPointIntoTheCorpus() {
        Set<String> ids = new HashSet<>(MANIFEST.stream().map(ManifestEntry::id).toList());
        int internal = 0;
        int relatedWithId = 0;
        for (Outcome outcome : OUTCOMES) {
            Article article = outcome.article().orElseThrow();
            for (Link link : article.links()) {
                Matcher id = link.target() == null ? null : ARTICLE_ID.matcher(link.target());
                if (id != null && !link.truncated() && id.find()) {
                    assertThat(ids).contains(id.group(1));
                    assertThat(id.group(1)).isNotEqualTo(article.tazId());
                    internal++;
                }
            }
            for (RelatedArticle related : article.related()) {
                if (related.tazId() != null) {
                    assertThat(ids).contains(related.tazId());
                    relatedWithId++;
                }
            }
        }
        assertThat(internal).isPositive();
        assertThat(relatedWithId).isPositive();
    }

    @Test
    void theSameSeedGivesTheSameBytes(@TempDir Path again) throws IOException {
        List<ManifestEntry> second = new ArrayList<>();
        CorpusGenerator.generate(again, COUNT, SEED, Arrays.asList(CorpusRendering.values()), second::add);
        assertThat(second).isEqualTo(MANIFEST);
        for (ManifestEntry entry : MANIFEST) {
            assertThat(Files.readAllBytes(again.resolve(entry.file())))
                    .as(entry.file()).isEqualTo(Files.readAllBytes(corpus.resolve(entry.file())));
        }
    }
}
