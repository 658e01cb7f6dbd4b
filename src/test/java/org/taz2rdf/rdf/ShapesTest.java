package org.taz2rdf.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SHACL shapes in {@code ontologies/shapes.ttl} accept a correct article graph and reject broken ones.
 *
 * <p>Each negative test takes the valid graph of the seed article, breaks one thing and checks that the
 * report names the node and the property (or, for a rule about a whole node, the named rule shape).
 */
class ShapesTest {

    private static final Path SHAPES = Path.of("ontologies/shapes.ttl");
    private static final Path VOCABULARY = Path.of("ontologies/tazv.ttl");
    private static final Path FIXTURES = Path.of("src/test/resources/shapes");

    private static final String SCHEMA = "https://schema.org/";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final String TAZV = "https://taz2rdf.example/vocab#";
    private static final String RULES = "https://taz2rdf.example/shapes#";
    private static final String BASE = "https://taz2rdf.example/id/";

    private static final Node ARTICLE = iri(BASE + "article/108e3491bafc5ec7");
    private static final Node IMAGE = iri(ARTICLE.getURI() + "#image");
    private static final Node LINK_1 = iri(ARTICLE.getURI() + "#link-1");
    private static final Node LINK_2 = iri(ARTICLE.getURI() + "#link-2");
    private static final Node AUTHOR = iri(BASE + "person/nicholas-potter");
    private static final Node TAG = iri(BASE + "tag/gns");
    private static final Node PUBLISHER = iri(BASE + "org/taz");
    private static final Node RELATED = iri(BASE + "related/x-chef-elon-musk-immer-im-krieg");

    private static Shapes shapes;
    private Graph graph;

    @BeforeAll
    static void parseShapes() {
        shapes = Shapes.parse(RDFParser.source(SHAPES).toGraph());
    }

    @BeforeEach
    void readValidArticle() {
        graph = read(FIXTURES.resolve("valid-article.ttl"));
    }

    @Test
    void acceptsTheSeedArticle() {
        assertConforms(graph);
    }

    @Test
    void acceptsACutOffCaptureWithItsTazId() {
        assertConforms(read(FIXTURES.resolve("valid-article-with-taz-id.ttl")));
    }

    @Test
    void rejectsArticleWithoutHeadline() {
        graph.remove(ARTICLE, schema("headline"), Node.ANY);
        assertRejected(ARTICLE, schema("headline"));
    }

    @Test
    void rejectsArticleWithTwoHeadlines() {
        graph.add(ARTICLE, schema("headline"), german("Demonstration der Schwäche"));
        assertRejected(ARTICLE, schema("headline"));
    }

    @Test
    void rejectsHeadlineWithoutLanguageTag() {
        replace(ARTICLE, schema("headline"), NodeFactory.createLiteralString("Demonstration der Schwäche"));
        assertRejected(ARTICLE, schema("headline"));
    }

    @Test
    void rejectsWordCountThatIsNotAnInteger() {
        replace(ARTICLE, schema("wordCount"), NodeFactory.createLiteralString("529"));
        assertRejected(ARTICLE, schema("wordCount"));
    }

    @Test
    void rejectsNegativeWordCount() {
        replace(ARTICLE, schema("wordCount"), NodeFactory.createLiteralDT("-1", XSDDatatype.XSDinteger));
        assertRejected(ARTICLE, schema("wordCount"));
    }

    @Test
    void rejectsPublicationDateThatIsNotAnXsdDate() {
        replace(ARTICLE, schema("datePublished"), NodeFactory.createLiteralString("13 Aug 2024"));
        assertRejected(ARTICLE, schema("datePublished"));
    }

    @Test
    void rejectsArticleWithoutLanguage() {
        graph.remove(ARTICLE, schema("inLanguage"), Node.ANY);
        assertRejected(ARTICLE, schema("inLanguage"));
    }

    @Test
    void rejectsArticleInAnotherLanguage() {
        replace(ARTICLE, schema("inLanguage"), NodeFactory.createLiteralString("en"));
        assertRejected(ARTICLE, schema("inLanguage"));
    }

    @Test
    void rejectsTazIdentifierThatIsNotDigits() {
        graph.add(ARTICLE, schema("identifier"), NodeFactory.createLiteralString("!5536273"));
        assertRejected(ARTICLE, schema("identifier"));
    }

    @Test
    void rejectsArticleWithoutPublisher() {
        graph.remove(ARTICLE, schema("publisher"), Node.ANY);
        assertRejectedByRule(ARTICLE, "NewsArticleIsMainOrRelated");
    }

    @Test
    void rejectsPublisherThatIsNotTheTaz() {
        replace(PUBLISHER, schema("name"), NodeFactory.createLiteralString("Der Spiegel"));
        assertRejected(PUBLISHER, schema("name"));
    }

    @Test
    void rejectsPropertyOutsideTheContract() {
        graph.add(ARTICLE, schema("genre"), german("Kommentar"));
        assertRejected(ARTICLE, schema("genre"));
    }

    @Test
    void rejectsCutArticleThatIsNotLossy() {
        graph.remove(ARTICLE, tazv("lossy"), Node.ANY);
        assertRejectedByRule(ARTICLE, "CutArticleIsLossy");
    }

    @Test
    void rejectsTruncatedFlagThatIsFalse() {
        replace(IMAGE, tazv("truncated"), NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean));
        assertRejected(IMAGE, tazv("truncated"));
    }

    @Test
    void rejectsImageWithoutCaption() {
        graph.remove(IMAGE, schema("caption"), Node.ANY);
        assertRejected(IMAGE, schema("caption"));
    }

    @Test
    void rejectsAuthorThatIsNotAPerson() {
        graph.remove(AUTHOR, RDF.Nodes.type, Node.ANY);
        assertRejected(ARTICLE, schema("author"));
    }

    @Test
    void rejectsPersonNameWithLanguageTag() {
        replace(AUTHOR, schema("name"), german("Nicholas Potter"));
        assertRejected(AUTHOR, schema("name"));
    }

    @Test
    void rejectsLinkWithoutPosition() {
        graph.remove(LINK_1, schema("position"), Node.ANY);
        assertRejected(LINK_1, schema("position"));
    }

    @Test
    void rejectsLinkPositionZero() {
        replace(LINK_1, schema("position"), NodeFactory.createLiteralDT("0", XSDDatatype.XSDinteger));
        assertRejected(LINK_1, schema("position"));
    }

    @Test
    void rejectsLinkTargetWrittenAsText() {
        replace(LINK_1, schema("url"), NodeFactory.createLiteralString("https://taz.de/!6030102/"));
        assertRejected(LINK_1, schema("url"));
    }

    @Test
    void rejectsLinkWithBothUrlAndUrlPrefix() {
        graph.add(LINK_2, schema("url"), iri("https://www.theverge.com/2024/8/12/24219121/"));
        assertRejectedByRule(LINK_2, "LinkTargetIsUrlOrUrlPrefix");
    }

    @Test
    void rejectsUrlPrefixWithoutTruncatedFlag() {
        graph.remove(LINK_2, tazv("truncated"), Node.ANY);
        assertRejectedByRule(LINK_2, "UrlPrefixIsFlaggedTruncated");
    }

    @Test
    void rejectsTagOutsideTheScheme() {
        graph.remove(TAG, skos("inScheme"), Node.ANY);
        graph.remove(TAG, schema("inDefinedTermSet"), Node.ANY);
        assertRejected(TAG, skos("inScheme"));
    }

    @Test
    void rejectsTagWhoseNameDiffersFromItsPrefLabel() {
        replace(TAG, skos("prefLabel"), german("German News Service"));
        assertRejected(TAG, schema("name"));
    }

    @Test
    void rejectsTagThatIsNotAConcept() {
        graph.remove(TAG, RDF.Nodes.type, iri(SKOS + "Concept"));
        assertRejectedByRule(TAG, "Tag");
    }

    @Test
    void rejectsRelatedArticleWithoutHeadline() {
        graph.remove(RELATED, schema("headline"), Node.ANY);
        assertRejected(RELATED, schema("headline"));
    }

    @Test
    void rejectsRelatedArticleWithTwoTags() {
        graph.add(RELATED, schema("keywords"), TAG);
        assertRejected(RELATED, schema("keywords"));
    }

    @Test
    void rejectsNewsArticleThatIsNeitherTheArticleNorARelatedOne() {
        graph.remove(ARTICLE, tazv("relatedArticle"), RELATED);
        assertRejectedByRule(RELATED, "NewsArticleIsMainOrRelated");
    }

    @Test
    void rejectsBlankNodeAsAuthor() {
        Node blank = NodeFactory.createBlankNode();
        renameNode(AUTHOR, blank);
        assertRejected(ARTICLE, schema("author"));
        assertRejectedByRule(blank, "NoBlankNodes");
    }

    @Test
    void rejectsBlankNodeThatNothingPointsTo() {
        Node blank = NodeFactory.createBlankNode();
        graph.add(blank, schema("name"), NodeFactory.createLiteralString("Nicholas Potter"));
        assertRejectedByRule(blank, "NoBlankNodes");
    }

    @Test
    void declaresEveryTazvTermThatTheShapesUse() {
        Graph vocabulary = read(VOCABULARY);
        Set<Node> used = terms(read(SHAPES), TAZV);
        assertThat(used).contains(tazv("kicker"), tazv("relatedArticle"), tazv("urlPrefix"),
                tazv("truncated"), tazv("lossy"));
        for (Node term : used) {
            assertThat(Stream.of(OWL.DatatypeProperty, OWL.ObjectProperty)
                    .anyMatch(type -> vocabulary.contains(term, RDF.Nodes.type, type.asNode())))
                    .as("%s is an owl:DatatypeProperty or owl:ObjectProperty", term).isTrue();
            assertThat(vocabulary.stream(term, RDFS.Nodes.label, Node.ANY).map(t -> t.getObject().getLiteralLanguage()))
                    .as("languages of the rdfs:label of %s", term).contains("en", "de");
            assertThat(vocabulary.contains(term, RDFS.Nodes.comment, Node.ANY)).as("%s has an rdfs:comment", term).isTrue();
            assertThat(vocabulary.contains(term, RDFS.Nodes.isDefinedBy, iri("https://taz2rdf.example/vocab")))
                    .as("%s is defined by the vocabulary", term).isTrue();
        }
    }

    @Test
    void shapesDoNotDependOnTheBaseOfMintedIris() {
        assertThat(terms(read(SHAPES), BASE)).isEmpty();
    }

    private static void assertConforms(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        assertThat(report.conforms()).as(() -> describe(report)).isTrue();
    }

    /** The report names {@code focus} with the property {@code path}. */
    private void assertRejected(Node focus, Node path) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        assertThat(report.conforms()).isFalse();
        assertThat(report.getEntries()).as(() -> describe(report)).anySatisfy(entry -> {
            assertThat(entry.focusNode()).isEqualTo(focus);
            assertThat(entry.resultPath()).isEqualTo(PathFactory.pathLink(path));
        });
    }

    /** The report names {@code focus} as breaking a rule about the whole node, the shape {@code tazsh:rule}. */
    private void assertRejectedByRule(Node focus, String rule) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        assertThat(report.conforms()).isFalse();
        assertThat(report.getEntries()).as(() -> describe(report)).anySatisfy(entry -> {
            assertThat(entry.focusNode()).isEqualTo(focus);
            assertThat(entry.source()).isEqualTo(iri(RULES + rule));
        });
    }

    private void replace(Node subject, Node predicate, Node object) {
        graph.remove(subject, predicate, Node.ANY);
        graph.add(subject, predicate, object);
    }

    /** Puts {@code replacement} wherever {@code node} is, as subject or object. */
    private void renameNode(Node node, Node replacement) {
        for (Triple t : graph.find().toList()) {
            if (t.getSubject().equals(node) || t.getObject().equals(node)) {
                graph.delete(t);
                graph.add(t.getSubject().equals(node) ? replacement : t.getSubject(), t.getPredicate(),
                        t.getObject().equals(node) ? replacement : t.getObject());
            }
        }
    }

    private static Set<Node> terms(Graph g, String namespace) {
        return g.stream()
                .flatMap(t -> Stream.of(t.getSubject(), t.getPredicate(), t.getObject()))
                .filter(n -> n.isURI() && n.getURI().startsWith(namespace))
                .collect(Collectors.toSet());
    }

    private static String describe(ValidationReport report) {
        return RDFWriter.source(report.getModel()).lang(Lang.TURTLE).asString();
    }

    private static Graph read(Path file) {
        return RDFParser.source(file).toGraph();
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node schema(String localName) {
        return iri(SCHEMA + localName);
    }

    private static Node skos(String localName) {
        return iri(SKOS + localName);
    }

    private static Node tazv(String localName) {
        return iri(TAZV + localName);
    }

    private static Node german(String text) {
        return NodeFactory.createLiteralLang(text, "de");
    }
}
