package org.taz2rdf.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.taz2rdf.article.Article;
import org.taz2rdf.article.BodyBlock;
import org.taz2rdf.article.Image;
import org.taz2rdf.article.Link;
import org.taz2rdf.article.Person;
import org.taz2rdf.article.RelatedArticle;
import org.taz2rdf.article.Tag;

/**
 * Maps an article to schema.org {@code NewsArticle} RDF, as {@code shared/docs/mapping.md} specifies, into the
 * article's own named graph. The quads are sent in a fixed order (subject, predicate, object; {@code rdf:type}
 * first), so the same article always gives the same output. No blank nodes. Thread-safe.
 */
public final class ArticleMapper {

    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
    private static final String GERMAN = "de";

    private final IriMinter iris;

    public ArticleMapper(IriMinter iris) {
        this.iris = iris;
    }

    public IriMinter iris() {
        return iris;
    }

    /** Sends the article's quads to {@code out}; does not call {@code start()} or {@code finish()}. */
    public void map(Article article, StreamRDF out) {
        Quads quads = new Quads(iri(iris.graph(article)));
        Node node = iri(iris.article(article));
        quads.add(node, RDF.type.asNode(), SchemaDO.NewsArticle.asNode());
        quads.add(node, p(SchemaDO.headline), text(article.title().display()));
        optional(quads, node, Tazv.kicker, article.title().kicker());
        if (article.title().truncated()) {
            quads.add(node, Tazv.truncated, TRUE);
        }
        optional(quads, node, p(SchemaDO.description), article.lead());
        optional(quads, node, p(SchemaDO.dateline), article.dateline());
        body(quads, node, article.body());
        if (article.datePublished() != null) {
            quads.add(node, p(SchemaDO.datePublished),
                    NodeFactory.createLiteralDT(article.datePublished().toString(), XSDDatatype.XSDdate));
        }
        quads.add(node, p(SchemaDO.inLanguage), NodeFactory.createLiteralString(GERMAN));
        if (article.tazId() != null) {
            quads.add(node, p(SchemaDO.identifier), NodeFactory.createLiteralString(article.tazId()));
            quads.add(node, p(SchemaDO.url), node);
        }
        optional(quads, node, p(SchemaDO.articleSection), article.section());
        publisher(quads, node);
        if (article.image() != null) {
            image(quads, node, article.image());
        }
        article.authors().forEach(person -> quads.add(node, p(SchemaDO.author), person(quads, person)));
        article.ownTags().forEach(tag -> quads.add(node, p(SchemaDO.keywords), tag(quads, tag)));
        article.links().forEach(link -> link(quads, node, link));
        article.related().forEach(related -> quads.add(node, Tazv.relatedArticle, related(quads, related)));
        if (article.lossy()) {
            quads.add(node, Tazv.lossy, TRUE);
        }
        quads.sendSorted(out);
    }

    private void body(Quads quads, Node node, List<BodyBlock> body) {
        if (body.isEmpty()) {
            return;
        }
        List<String> paragraphs = new ArrayList<>();
        body.forEach(block -> paragraphs.add(block.text()));
        String text = String.join("\n\n", paragraphs);
        quads.add(node, p(SchemaDO.articleBody), text(text));
        quads.add(node, p(SchemaDO.wordCount),
                NodeFactory.createLiteralDT(Integer.toString(wordCount(text)), XSDDatatype.XSDinteger));
    }

    /** Words are runs of characters between white space ({@code \\s}) that hold a letter or a digit. */
    static int wordCount(String text) {
        int count = 0;
        boolean wordHasLetter = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == ' ' || (codePoint >= '\t' && codePoint <= '\r')) {
                count += wordHasLetter ? 1 : 0;
                wordHasLetter = false;
            } else if (!wordHasLetter && Character.isLetterOrDigit(codePoint)) {
                wordHasLetter = true;
            }
        }
        return count + (wordHasLetter ? 1 : 0);
    }

    private void publisher(Quads quads, Node article) {
        Node publisher = iri(iris.publisher());
        quads.add(article, p(SchemaDO.publisher), publisher);
        quads.add(publisher, RDF.type.asNode(), SchemaDO.NewsMediaOrganization.asNode());
        quads.add(publisher, p(SchemaDO.name), NodeFactory.createLiteralString("taz"));
        quads.add(publisher, p(SchemaDO.url), iri(IriMinter.TAZ));
    }

    private void image(Quads quads, Node article, Image image) {
        Node node = iri(iris.image(article.getURI()));
        quads.add(article, p(SchemaDO.image), node);
        quads.add(node, RDF.type.asNode(), SchemaDO.ImageObject.asNode());
        quads.add(node, p(SchemaDO.caption), text(image.caption()));
        optional(quads, node, p(SchemaDO.creditText), image.credit());
        if (image.url() != null) {
            IriMinter.linkTarget(image.url()).ifPresent(url -> quads.add(node, p(SchemaDO.contentUrl), iri(url)));
        }
        if (image.truncated()) {
            quads.add(node, Tazv.truncated, TRUE);
        }
    }

    private Node person(Quads quads, Person person) {
        Node node = iri(iris.person(person));
        quads.add(node, RDF.type.asNode(), SchemaDO.Person.asNode());
        quads.add(node, p(SchemaDO.name), NodeFactory.createLiteralString(person.name()));
        tazIdentity(quads, node, person.tazId());
        return node;
    }

    private Node tag(Quads quads, Tag tag) {
        Node node = iri(iris.tag(tag));
        Node scheme = iri(iris.tagScheme());
        quads.add(node, RDF.type.asNode(), SchemaDO.DefinedTerm.asNode());
        quads.add(node, RDF.type.asNode(), SKOS.Concept.asNode());
        quads.add(node, p(SchemaDO.name), text(tag.name()));
        quads.add(node, SKOS.prefLabel.asNode(), text(tag.name()));
        quads.add(node, p(SchemaDO.inDefinedTermSet), scheme);
        quads.add(node, SKOS.inScheme.asNode(), scheme);
        tazIdentity(quads, node, tag.tazId());
        quads.add(scheme, RDF.type.asNode(), SchemaDO.DefinedTermSet.asNode());
        quads.add(scheme, RDF.type.asNode(), SKOS.ConceptScheme.asNode());
        quads.add(scheme, p(SchemaDO.name), NodeFactory.createLiteralLang("taz tags", "en"));
        return node;
    }

    private static void tazIdentity(Quads quads, Node node, String tazId) {
        if (tazId != null) {
            quads.add(node, p(SchemaDO.identifier), NodeFactory.createLiteralString(tazId));
            quads.add(node, p(SchemaDO.url), iri(IriMinter.tazAddress(tazId)));
        }
    }

    private void link(Quads quads, Node article, Link link) {
        Node node = iri(iris.link(article.getURI(), link.number()));
        quads.add(article, p(SchemaDO.citation), node);
        quads.add(node, RDF.type.asNode(), SchemaDO.WebPage.asNode());
        quads.add(node, p(SchemaDO.position),
                NodeFactory.createLiteralDT(Integer.toString(link.number()), XSDDatatype.XSDinteger));
        quads.add(node, p(SchemaDO.name), text(link.anchor()));
        if (link.target() == null) {
            return;
        }
        Optional<String> url = link.truncated() ? Optional.empty() : IriMinter.linkTarget(link.target());
        if (url.isPresent()) {
            quads.add(node, p(SchemaDO.url), iri(url.get()));
        } else {
            quads.add(node, Tazv.urlPrefix, NodeFactory.createLiteralString(link.target()));
            quads.add(node, Tazv.truncated, TRUE);
        }
    }

    private Node related(Quads quads, RelatedArticle related) {
        Node node = iri(iris.related(related));
        quads.add(node, RDF.type.asNode(), SchemaDO.NewsArticle.asNode());
        quads.add(node, p(SchemaDO.headline), text(related.title().display()));
        optional(quads, node, Tazv.kicker, related.title().kicker());
        optional(quads, node, p(SchemaDO.description), related.teaser());
        if (related.via() != null) {
            quads.add(node, p(SchemaDO.keywords), tag(quads, related.via()));
        }
        if (related.title().truncated()) {
            quads.add(node, Tazv.truncated, TRUE);
        }
        return node;
    }

    private static void optional(Quads quads, Node subject, Node predicate, String value) {
        if (value != null && !value.isBlank()) {
            quads.add(subject, predicate, text(value));
        }
    }

    private static Node text(String value) {
        return NodeFactory.createLiteralLang(value, GERMAN);
    }

    private static Node p(org.apache.jena.rdf.model.Property property) {
        return property.asNode();
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** The quads of one article, collected so that they can be sent in a stable order, each once. */
    private static final class Quads {
        private final Node graph;
        private final List<Quad> quads = new ArrayList<>();

        Quads(Node graph) {
            this.graph = graph;
        }

        void add(Node subject, Node predicate, Node object) {
            quads.add(Quad.create(graph, subject, predicate, object));
        }

        void sendSorted(StreamRDF out) {
            quads.stream().distinct().sorted(QuadOrder.INSTANCE).forEach(out::quad);
        }
    }
}
