package org.taz2rdf.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.rdf.Tazv;

/**
 * Renders a {@link Description} as a plain HTML page: an article with its headline, lead, date, authors, tags,
 * links and related articles; a person or tag with the articles that name them; any other node as a table of
 * its statements. Every IRI is a link; taz articles link to their page here when the store holds them.
 */
final class HtmlPage {

    private final Description description;
    private final IriMinter iris;
    private final Predicate<String> hasGraph;
    private final StringBuilder html = new StringBuilder();

    private HtmlPage(Description description, IriMinter iris, Predicate<String> hasGraph) {
        this.description = description;
        this.iris = iris;
        this.hasGraph = hasGraph;
    }

    static String render(Description description, IriMinter iris, Predicate<String> hasGraph) {
        return new HtmlPage(description, iris, hasGraph).page();
    }

    private String page() {
        Optional<Node> article = description.triples().stream()
                .filter(t -> t.getPredicate().equals(SchemaDO.publisher.asNode())).map(Triple::getSubject).findFirst();
        String title = article.map(a -> literal(a, SchemaDO.headline.asNode()).orElse(a.getURI()))
                .orElseGet(() -> literal(description.node(), SchemaDO.name.asNode())
                        .or(() -> literal(description.node(), SchemaDO.headline.asNode()))
                        .orElse(description.node().getURI()));
        html.append("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
                .append("</title><style>body{font-family:sans-serif;max-width:52em;margin:2em auto;line-height:1.4}"
                        + "code{font-size:.85em}td{vertical-align:top;padding:.2em .5em}</style></head><body>\n");
        html.append("<p><code>").append(escape(description.node().getURI())).append("</code></p>\n");
        if (article.isPresent()) {
            article(article.get());
        } else {
            html.append("<h1>").append(escape(title)).append("</h1>\n");
            literal(description.node(), SchemaDO.description.asNode())
                    .ifPresent(text -> html.append("<p>").append(escape(text)).append("</p>\n"));
            pointing("Named by", description.incoming());
        }
        statements();
        html.append("<p><a href=\"/\">Query the data</a></p>\n</body></html>\n");
        return html.toString();
    }

    private void article(Node article) {
        literal(article, Tazv.kicker).ifPresent(k -> html.append("<p><strong>").append(escape(k)).append("</strong></p>\n"));
        html.append("<h1 id=\"headline\">").append(escape(literal(article, SchemaDO.headline.asNode()).orElse(""))).append("</h1>\n");
        literal(article, SchemaDO.description.asNode()).ifPresent(l -> html.append("<p id=\"lead\"><em>")
                .append(escape(l)).append("</em></p>\n"));
        literal(article, SchemaDO.datePublished.asNode()).ifPresent(d -> html.append("<p>").append(escape(d)).append("</p>\n"));
        list("Autoren", "authors", objects(article, SchemaDO.author.asNode()), SchemaDO.name.asNode());
        list("Tags", "tags", objects(article, SchemaDO.keywords.asNode()), SchemaDO.name.asNode());
        html.append("<h2>Links</h2>\n<ol id=\"links\">\n");
        List<Node> links = new ArrayList<>(objects(article, SchemaDO.citation.asNode()));
        links.sort(Comparator.comparingInt(link -> literal(link, SchemaDO.position.asNode()).map(Integer::parseInt).orElse(0)));
        for (Node link : links) {
            String anchor = literal(link, SchemaDO.name.asNode()).orElse("");
            Optional<Node> url = objects(link, SchemaDO.url.asNode()).stream().findFirst();
            html.append("<li>");
            if (url.isPresent()) {
                html.append(anchor(url.get(), anchor));
            } else {
                html.append(escape(anchor)).append(" <small>(")
                        .append(escape(literal(link, Tazv.urlPrefix).map(p -> "cut: " + p + "…").orElse("no address")))
                        .append(")</small>");
            }
            html.append("</li>\n");
        }
        html.append("</ol>\n");
        list("Artikel zum Thema", "related", objects(article, Tazv.relatedArticle), SchemaDO.headline.asNode());
        literal(article, SchemaDO.articleBody.asNode()).ifPresent(body -> {
            html.append("<h2>Text</h2>\n");
            for (String paragraph : body.split("\n\n")) {
                html.append("<p>").append(escape(paragraph)).append("</p>\n");
            }
        });
    }

    private void list(String heading, String id, List<Node> nodes, Node label) {
        html.append("<h2>").append(heading).append("</h2>\n<ul id=\"").append(id).append("\">\n");
        for (Node node : nodes) {
            html.append("<li>").append(anchor(node, literal(node, label).orElse(node.getURI()))).append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private void pointing(String heading, List<Triple> incoming) {
        if (incoming.isEmpty()) {
            return;
        }
        html.append("<h2>").append(heading).append("</h2>\n<ul id=\"incoming\">\n");
        incoming.stream().map(Triple::getSubject).distinct().filter(Node::isURI).forEach(subject -> html.append("<li>")
                .append(anchor(subject, description.labels().getOrDefault(subject, subject.getURI()))).append("</li>\n"));
        html.append("</ul>\n");
    }

    private void statements() {
        html.append("<details><summary>All statements</summary><table>\n");
        for (Triple triple : description.triples()) {
            html.append("<tr><td>").append(anchor(triple.getSubject(), shorten(triple.getSubject()))).append("</td><td>")
                    .append(escape(shorten(triple.getPredicate()))).append("</td><td>")
                    .append(triple.getObject().isURI() ? anchor(triple.getObject(), shorten(triple.getObject()))
                            : escape(triple.getObject().isLiteral() ? triple.getObject().getLiteralLexicalForm()
                                    : triple.getObject().toString()))
                    .append("</td></tr>\n");
        }
        html.append("</table></details>\n");
    }

    /** A link to a node: taz articles to their page here where the store has it, minted IRIs as they are. */
    private String anchor(Node node, String text) {
        if (!node.isURI()) {
            return escape(text);
        }
        String href = node.getURI();
        Optional<String> graph = iris.graphOfArticle(href).filter(hasGraph);
        String local = graph.map(g -> "<a href=\"" + escape(g) + "\">" + escape(text) + "</a>").orElse(null);
        if (local != null && !href.startsWith(iris.base())) {
            return local + " <small>(<a href=\"" + escape(href) + "\">taz.de</a>)</small>";
        }
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    private List<Node> objects(Node subject, Node predicate) {
        List<Node> objects = new ArrayList<>();
        description.triples().stream().filter(t -> t.getSubject().equals(subject) && t.getPredicate().equals(predicate))
                .map(Triple::getObject).distinct().forEach(objects::add);
        return objects;
    }

    private Optional<String> literal(Node subject, Node predicate) {
        return description.triples().stream()
                .filter(t -> t.getSubject().equals(subject) && t.getPredicate().equals(predicate) && t.getObject().isLiteral())
                .map(t -> t.getObject().getLiteralLexicalForm()).findFirst();
    }

    private static String shorten(Node node) {
        String uri = node.isURI() ? node.getURI() : node.toString();
        if (uri.equals(RDF.type.getURI())) {
            return "a";
        }
        return uri.startsWith(SchemaDO.NS) ? "schema:" + uri.substring(SchemaDO.NS.length())
                : uri.startsWith(Tazv.NS) ? "tazv:" + uri.substring(Tazv.NS.length()) : uri;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
