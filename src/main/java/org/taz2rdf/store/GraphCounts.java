package org.taz2rdf.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * What one article graph adds to the store's counts ({@link StoreCounts}), read from its quads in one pass: for
 * each tag name, the graph's articles that carry it as their own tag; for each author name, the graph's articles
 * by that author; for each taz article (by id), the subjects of the graph that link to it. An article is a
 * subject with a publisher; names count by their text, whatever their language tag; only canonical taz article
 * addresses ({@code https://taz.de/!ID/}) count as cited, and not by themselves.
 */
record GraphCounts(Map<String, Integer> tags, Map<String, Integer> authors, Map<String, Integer> cited) {

    private static final Pattern CANONICAL = Pattern.compile("https://taz\\.de/!([0-9]+)/");
    private static final Node PUBLISHER = SchemaDO.publisher.asNode();
    private static final Node KEYWORDS = SchemaDO.keywords.asNode();
    private static final Node AUTHOR = SchemaDO.author.asNode();
    private static final Node NAME = SchemaDO.name.asNode();
    private static final Node CITATION = SchemaDO.citation.asNode();
    private static final Node URL = SchemaDO.url.asNode();

    static final GraphCounts NONE = new GraphCounts(Map.of(), Map.of(), Map.of());

    /** Reads the counts from the quads of one graph. */
    static GraphCounts of(Iterable<Quad> quads) {
        Set<Node> articles = new HashSet<>();
        Map<Node, Set<String>> names = new HashMap<>();
        Map<Node, Set<Node>> urls = new HashMap<>();
        Set<Edge> keywords = new HashSet<>();
        Set<Edge> authors = new HashSet<>();
        Set<Edge> citations = new HashSet<>();
        for (Quad quad : quads) {
            Node predicate = quad.getPredicate();
            Node subject = quad.getSubject();
            Node object = quad.getObject();
            if (predicate.equals(PUBLISHER)) {
                articles.add(subject);
            } else if (predicate.equals(KEYWORDS)) {
                keywords.add(new Edge(subject, object));
            } else if (predicate.equals(AUTHOR)) {
                authors.add(new Edge(subject, object));
            } else if (predicate.equals(NAME) && object.isLiteral()) {
                names.computeIfAbsent(subject, s -> new HashSet<>()).add(object.getLiteralLexicalForm());
            } else if (predicate.equals(CITATION)) {
                citations.add(new Edge(subject, object));
            } else if (predicate.equals(URL) && object.isURI()) {
                urls.computeIfAbsent(subject, s -> new HashSet<>()).add(object);
            }
        }
        return new GraphCounts(byName(keywords, articles, names), byName(authors, articles, names),
                cited(citations, urls));
    }

    /** The counts with every number negated: what a graph's removal subtracts. */
    GraphCounts negated() {
        return new GraphCounts(negated(tags), negated(authors), negated(cited));
    }

    /** The taz id of a canonical article address; null for any other node. */
    static String tazId(Node node) {
        if (!node.isURI()) {
            return null;
        }
        Matcher m = CANONICAL.matcher(node.getURI());
        return m.matches() ? m.group(1) : null;
    }

    private static Map<String, Integer> byName(Set<Edge> edges, Set<Node> articles, Map<Node, Set<String>> names) {
        Map<String, Set<Node>> articlesByName = new HashMap<>();
        for (Edge edge : edges) {
            if (articles.contains(edge.from())) {
                for (String name : names.getOrDefault(edge.to(), Set.of())) {
                    articlesByName.computeIfAbsent(name, n -> new HashSet<>()).add(edge.from());
                }
            }
        }
        return sizes(articlesByName);
    }

    private static Map<String, Integer> cited(Set<Edge> citations, Map<Node, Set<Node>> urls) {
        Map<String, Set<Node>> citingById = new HashMap<>();
        for (Edge citation : citations) {
            for (Node target : urls.getOrDefault(citation.to(), Set.of())) {
                String id = tazId(target);
                if (id != null && !target.equals(citation.from())) {
                    citingById.computeIfAbsent(id, i -> new HashSet<>()).add(citation.from());
                }
            }
        }
        return sizes(citingById);
    }

    private static Map<String, Integer> sizes(Map<String, Set<Node>> sets) {
        Map<String, Integer> sizes = new HashMap<>();
        sets.forEach((key, set) -> sizes.put(key, set.size()));
        return sizes;
    }

    private static Map<String, Integer> negated(Map<String, Integer> counts) {
        Map<String, Integer> negated = new HashMap<>();
        counts.forEach((key, count) -> negated.put(key, -count));
        return negated;
    }

    private record Edge(Node from, Node to) {}
}
