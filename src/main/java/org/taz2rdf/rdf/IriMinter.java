package org.taz2rdf.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.taz2rdf.article.Article;
import org.taz2rdf.article.Folding;
import org.taz2rdf.article.Person;
import org.taz2rdf.article.RelatedArticle;
import org.taz2rdf.article.Tag;

/**
 * Every IRI that taz2rdf writes is made here, deterministically: the same input gives the same IRIs on every
 * machine. Articles with a taz id are their web address {@code https://taz.de/!{id}/}; everything else is
 * minted under the base ({@code --base}, default {@value #DEFAULT_BASE}) from a slug of its name, or from a
 * hash where there is no name to go by. Immutable and thread-safe.
 */
public final class IriMinter {

    /** The base for minted IRIs unless {@code --base} names another. */
    public static final String DEFAULT_BASE = "https://taz2rdf.example/id/";
    /** The taz web site, against which site-relative link targets resolve. */
    public static final String TAZ = "https://taz.de/";

    private static final IRIx TAZ_IRI = IRIx.create(TAZ);
    private static final Pattern TAZ_ARTICLE = Pattern.compile("(?i)^(?:https?|gopher|gemini)://(?:www\\.)?taz\\.de(?::\\d+)?/(?:.*/)?!(\\d{4,9})/?$");

    private final String base;

    /** A minter under {@code base}, an absolute IRI ending in {@code /} or {@code #}. */
    public IriMinter(String base) {
        IRIx iri;
        try {
            iri = IRIx.create(base);
        } catch (IRIException e) {
            throw new IllegalArgumentException("base '" + base + "' is not a valid IRI: " + e.getMessage(), e);
        }
        if (!iri.isAbsolute() || iri.hasViolations() || !(base.endsWith("/") || base.endsWith("#"))) {
            throw new IllegalArgumentException("base '" + base + "' must be an absolute IRI ending in '/' or '#'");
        }
        this.base = base;
    }

    public String base() {
        return base;
    }

    public String article(Article article) {
        return article.tazId() != null ? tazAddress(article.tazId()) : base + "article/" + key(article);
    }

    /** The named graph that holds everything derived from one article. */
    public String graph(Article article) {
        return article.tazId() != null ? graphOfId(article.tazId()) : base + "graph/" + key(article);
    }

    public String person(Person person) {
        return base + "person/" + slugOrHash(person.name());
    }

    public String tag(Tag tag) {
        return base + "tag/" + slugOrHash(tag.name());
    }

    public String tagScheme() {
        return base + "scheme/tags";
    }

    public String publisher() {
        return base + "org/taz";
    }

    public String related(RelatedArticle related) {
        return related.tazId() != null ? tazAddress(related.tazId())
                : base + "related/" + slugOrHash(related.title().display());
    }

    /** The graph that records where each article graph came from (PROV-O). */
    public String metadataGraph() {
        return base + "graph/meta";
    }

    /** The graph that joins related articles known by title to the loaded articles of that headline. */
    public String resolutionGraph() {
        return base + "graph/resolved";
    }

    /** The prefix of every article graph (and of the two store graphs above). */
    public String graphPrefix() {
        return base + "graph/";
    }

    /** The prefix of related articles that are known only by their title. */
    public String relatedPrefix() {
        return base + "related/";
    }

    /** A source text, by the SHA-256 of its bytes. */
    public String source(String sha256) {
        return base + "source/" + sha256;
    }

    /** This version of taz2rdf, as the agent that made a graph. */
    public String agent(String version) {
        return base + "agent/taz2rdf/" + Folding.slug(version);
    }

    /** The graph of the article with this IRI, as {@link #graph(Article)} names it. */
    public Optional<String> graphOfArticle(String articleIri) {
        Matcher taz = TAZ_ARTICLE.matcher(articleIri);
        if (taz.matches()) {
            return Optional.of(graphOfId(taz.group(1)));
        }
        String minted = base + "article/";
        return articleIri.startsWith(minted) ? Optional.of(base + "graph/" + articleIri.substring(minted.length()))
                : Optional.empty();
    }

    /** The graph of the article with this taz id. */
    public String graphOfId(String tazId) {
        return base + "graph/" + tazId;
    }

    public String image(String article) {
        return article + "#image";
    }

    public String link(String article, int number) {
        return article + "#link-" + number;
    }

    /** The taz web address of an id: an article ({@code 5536273}), author ({@code a42996}) or tag ({@code t5009495}). */
    public static String tazAddress(String id) {
        return TAZ + "!" + id + "/";
    }

    /**
     * A link target resolved against {@code https://taz.de/}, a taz article address normalised to
     * {@code https://taz.de/!{id}/}; empty where the result is not a valid absolute IRI.
     */
    public static Optional<String> linkTarget(String target) {
        try {
            IRIx resolved = TAZ_IRI.resolve(target);
            if (!resolved.isAbsolute() || resolved.hasViolations()) {
                return Optional.empty();
            }
            String iri = resolved.str();
            if (!org.apache.jena.irix.IRIs.check(iri)) {
                return Optional.empty();
            }
            Matcher m = TAZ_ARTICLE.matcher(iri);
            return Optional.of(m.matches() ? tazAddress(m.group(1)) : iri);
        } catch (IRIException e) {
            return Optional.empty();
        }
    }

    private static String slugOrHash(String name) {
        String slug = Folding.slug(name);
        return slug.isEmpty() ? "h" + sha256(name).substring(0, 16) : slug;
    }

    /** A key for an article without id: a hash of its folded title and its date. */
    private static String key(Article article) {
        String date = article.datePublished() == null ? "" : article.datePublished().toString();
        return sha256(Folding.slug(article.title().display()) + "|" + date).substring(0, 16);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
