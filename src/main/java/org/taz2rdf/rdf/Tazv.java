package org.taz2rdf.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms of taz2rdf's own small vocabulary, declared in {@code ontologies/tazv.ttl}. */
public final class Tazv {

    /** The namespace of the vocabulary. */
    public static final String NS = "https://taz2rdf.example/vocab#";

    /** The kicker (Dachzeile) of a headline; a sub-property of {@code schema:alternativeHeadline}. */
    public static final Node kicker = term("kicker");
    /** A related article (ARTIKEL ZUM THEMA); a sub-property of {@code dcterms:relation}. */
    public static final Node relatedArticle = term("relatedArticle");
    /** The visible part of a link target that a proxy cut. */
    public static final Node urlPrefix = term("urlPrefix");
    /** Marks a node whose text was cut by the server or a proxy. */
    public static final Node truncated = term("truncated");
    /** Marks an article whose source lost text. */
    public static final Node lossy = term("lossy");

    /** The SHA-256 of a source text, in lower-case hex. */
    public static final Node sha256 = term("sha256");

    /** The folded headline of the article an article graph holds (store bookkeeping, metadata graph). */
    public static final Node headlineKey = term("headlineKey");
    /** The folded title of a related article an article graph knows only by title (metadata graph). */
    public static final Node relatedKey = term("relatedKey");
    /** The type of a metadata graph that records both keys for every article graph. */
    public static final Node HeadlineKeyIndex = term("HeadlineKeyIndex");

    /** The type of a metadata graph whose changes are not yet joined by related titles. */
    public static final Node ResolutionPending = term("ResolutionPending");

    /** The tag name a count node of the metadata graph counts the articles of. */
    public static final Node tagName = term("tagName");
    /** The author name a count node of the metadata graph counts the articles of. */
    public static final Node authorName = term("authorName");
    /** The taz article a count node of the metadata graph counts the linking articles of. */
    public static final Node citedArticle = term("citedArticle");
    /** A number of linking articles; its count node counts the cited articles linked from that many. */
    public static final Node timesLinked = term("timesLinked");
    /** How many articles carry the tag or are by the author a count node names (or are linked that many times). */
    public static final Node articleCount = term("articleCount");
    /** How many articles link to the article a count node names. */
    public static final Node citationCount = term("citationCount");
    /** The type of a metadata graph whose count nodes cover every article graph. */
    public static final Node CountIndex = term("CountIndex");

    private Tazv() {}

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
