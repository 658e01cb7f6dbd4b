package org.taz2rdf.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bundled queries that take a tag's or an author's name look the name up as a term, not by comparing
 * {@code STR(?name)} with every name in the store: the mapper writes tag names with {@code @de} and person names
 * plain, and each query finds a name in either form. The store here is an in-memory TDB2 one, set up as
 * {@code ArticleStore} sets up a store on disk, holding two articles with the same tag and author: one names them
 * as the mapper does, the other the other way round (the tag plain, the author with {@code @de}).
 */
class NameParameterTest {

    private static final String ARTICLE = "https://taz.de/!9100001/";
    private static final String OTHER = "https://taz.de/!9100002/";
    private static final String BASE = "https://taz2rdf.example/id/";

    private DatasetGraph dataset;

    @BeforeEach
    void storeTwoArticlesWithTheNamesInBothForms() {
        dataset = DatabaseMgr.createDatasetGraph();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dataset, () -> {
            article(ARTICLE, "9100001", "Eins", "2025-03-18", NodeFactory.createLiteralString("Elbe"),
                    NodeFactory.createLiteralLang("Jana Wiegand", "de"));
            article(OTHER, "9100002", "Zwei", "2025-04-01", NodeFactory.createLiteralLang("Elbe", "de"),
                    NodeFactory.createLiteralString("Jana Wiegand"));
        });
    }

    private void article(String iri, String id, String headline, String date, Node tagName, Node authorName) {
        Node graph = uri(BASE + "graph/" + id);
        Node article = uri(iri);
        Node tag = uri(BASE + "tag/elbe");
        Node person = uri(BASE + "person/jana-wiegand");
        Node coAuthor = uri(BASE + "person/ole-" + id);
        dataset.add(graph, article, SchemaDO.publisher.asNode(), uri(BASE + "org/taz"));
        dataset.add(graph, article, SchemaDO.headline.asNode(), NodeFactory.createLiteralLang(headline, "de"));
        dataset.add(graph, article, SchemaDO.datePublished.asNode(),
                NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate));
        dataset.add(graph, article, SchemaDO.keywords.asNode(), tag);
        dataset.add(graph, tag, SchemaDO.name.asNode(), tagName);
        dataset.add(graph, article, SchemaDO.keywords.asNode(), uri(BASE + "tag/hafen"));
        dataset.add(graph, uri(BASE + "tag/hafen"), SchemaDO.name.asNode(), NodeFactory.createLiteralLang("Hafen", "de"));
        dataset.add(graph, article, SchemaDO.author.asNode(), person);
        dataset.add(graph, person, SchemaDO.name.asNode(), authorName);
        dataset.add(graph, article, SchemaDO.author.asNode(), coAuthor);
        dataset.add(graph, coAuthor, SchemaDO.name.asNode(), NodeFactory.createLiteralString("Ole " + headline));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    @Test
    void findsArticlesByATagNamedPlainOrInGerman() {
        assertThat(run("articles-by-tag", "tag", "Elbe")).contains(ARTICLE).contains(OTHER);
    }

    @Test
    void findsArticlesByAnAuthorNamedPlainOrInGerman() {
        assertThat(run("articles-by-author", "author", "Jana Wiegand")).contains(ARTICLE).contains(OTHER);
    }

    @Test
    void countsCoAuthorsOfAnAuthorNamedPlainOrInGerman() {
        assertThat(run("co-authors", "author", "Jana Wiegand"))
                .isEqualTo("coAuthor,articles\nOle Eins,1\nOle Zwei,1\n");
    }

    @Test
    void countsTheArticlesOfATagNamedPlainOrInGermanPerMonthAndBesideOtherTags() {
        assertThat(run("co-occurring-tags", "tag", "Elbe")).isEqualTo("otherTag,articles\nHafen,2\n");
        assertThat(run("tag-timeline", "tag", "Elbe")).isEqualTo("month,articles\n2025-03,1\n2025-04,1\n");
    }

    @Test
    void findsNothingForANameThatNoArticleCarries() {
        assertThat(run("articles-by-tag", "tag", "Elb")).isEqualTo("article,headline,date\n");
        assertThat(run("articles-by-author", "author", "jana wiegand")).isEqualTo("article,headline,date\n");
    }

    private String run(String name, String parameter, String value) {
        BundledQuery query = BundledQuery.named(name).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(dataset, Duration.ofSeconds(30)).run(QueryRunner.parse(query.text()),
                Map.of(parameter, ParameterType.string.toNode(value)), ResultFormat.csv, RDFFormat.NTRIPLES_UTF8, out);
        return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
