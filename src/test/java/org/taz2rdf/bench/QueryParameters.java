package org.taz2rdf.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * Parameter values for the bundled queries, taken from a store's data so that every query has work to do: the
 * most common own tag, the most prolific author, an article with links and related articles, the article most
 * linked to, the article most often listed as related, and a quarter in the middle of the dated articles.
 * {@link #typical} swaps in a typical tag and author: those in the middle of the {@code tags} and {@code authors}
 * lists (most used first).
 *
 * @param tag the own tag most articles carry
 * @param author the author of most articles
 * @param typicalTag the tag in the middle of the list of tags by use
 * @param typicalAuthor the author in the middle of the list of authors by articles
 * @param article the loaded article with the most links (ties: the least IRI)
 * @param mostCited the loaded article most linked to from other articles
 * @param mostListed the article most often listed as related by its address
 * @param from the first day of the quarter
 * @param to the last day of the quarter
 */
record QueryParameters(String tag, String author, String typicalTag, String typicalAuthor, String article, String mostCited, String mostListed, String from,
        String to) {

    private static final String PREFIXES = "PREFIX schema: <https://schema.org/>\n"
            + "PREFIX tazv: <https://taz2rdf.example/vocab#>\n";

    static QueryParameters of(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            Function<String, String> first = query -> first(dataset, query);
            List<String> tags = values(dataset, "SELECT ?v (COUNT(DISTINCT ?a) AS ?n) { GRAPH ?g { ?a"
                    + " schema:publisher ?p ; schema:keywords ?t . ?t schema:name ?name } BIND(STR(?name) AS ?v) }"
                    + " GROUP BY ?v ORDER BY DESC(?n) ?v");
            List<String> authors = values(dataset, "SELECT ?v (COUNT(DISTINCT ?a) AS ?n) { GRAPH ?g { ?a"
                    + " schema:publisher ?p ; schema:author ?x . ?x schema:name ?name } BIND(STR(?name) AS ?v) }"
                    + " GROUP BY ?v ORDER BY DESC(?n) ?v");
            String article = first.apply("SELECT ?v (COUNT(?l) AS ?n) { GRAPH ?g { ?v schema:publisher ?p ;"
                    + " schema:citation ?l ; tazv:relatedArticle ?r } } GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT 1");
            String mostCited = first.apply("SELECT ?v (COUNT(DISTINCT ?c) AS ?n) { ?c schema:citation ?l ."
                    + " ?l schema:url ?v . GRAPH ?g { ?v schema:publisher ?p } FILTER(?c != ?v) } GROUP BY ?v"
                    + " ORDER BY DESC(?n) ?v LIMIT 1");
            String mostListed = first.apply("SELECT ?v (COUNT(DISTINCT ?a) AS ?n) { GRAPH ?g { ?a schema:publisher"
                    + " ?p ; tazv:relatedArticle ?v } FILTER(STRSTARTS(STR(?v), \"https://taz.de/\")) } GROUP BY ?v"
                    + " ORDER BY DESC(?n) ?v LIMIT 1");
            String min = first.apply("SELECT (MIN(?d) AS ?v) { GRAPH ?g { ?a schema:datePublished ?d } }");
            String max = first.apply("SELECT (MAX(?d) AS ?v) { GRAPH ?g { ?a schema:datePublished ?d } }");
            LocalDate middle = LocalDate.ofEpochDay((LocalDate.parse(min).toEpochDay()
                    + LocalDate.parse(max).toEpochDay()) / 2);
            return new QueryParameters(tags.get(0), authors.get(0), tags.get(tags.size() / 2),
                    authors.get(authors.size() / 2), article, mostCited == null ? article : mostCited,
                    mostListed == null ? article : mostListed, middle.toString(), middle.plusDays(90).toString());
        });
    }

    /** These parameters with the typical tag and author in place of the most common ones. */
    QueryParameters typical() {
        return new QueryParameters(typicalTag, typicalAuthor, typicalTag, typicalAuthor, article, mostCited,
                mostListed, from, to);
    }

    /** The value for a query's parameter; an article parameter depends on what the query asks about it. */
    String value(String query, String parameter) {
        return switch (parameter) {
            case "tag" -> tag;
            case "author" -> author;
            case "from" -> from;
            case "to" -> to;
            case "article" -> switch (query) {
                case "articles-citing" -> mostCited;
                case "related-to" -> mostListed;
                default -> article;
            };
            default -> throw new IllegalArgumentException("no value for parameter " + parameter + " of " + query);
        };
    }

    private static List<String> values(DatasetGraph dataset, String query) {
        List<String> values = new ArrayList<>();
        QueryExec.dataset(dataset).query(PREFIXES + query).select()
                .forEachRemaining(row -> values.add(row.get("v").getLiteralLexicalForm()));
        return values;
    }

    private static String first(DatasetGraph dataset, String query) {
        RowSet rows = QueryExec.dataset(dataset).query(PREFIXES + query).select();
        if (!rows.hasNext()) {
            return null;
        }
        var node = rows.next().get("v");
        return node == null ? null : node.isURI() ? node.getURI() : node.getLiteralLexicalForm();
    }
}
