package org.taz2rdf.parse;

import java.util.List;
import java.util.Optional;
import org.taz2rdf.article.Article;
import org.taz2rdf.diagnostic.Diagnostic;

/**
 * What parsing one input gave: an article, or none (a menu page, or text that is no taz page), and every
 * diagnostic in input order.
 */
public record ParseResult(Optional<Article> article, PageKind kind, List<Diagnostic> diagnostics) {

    /** What kind of taz page the input is. */
    public enum PageKind { ARTICLE, MENU, UNKNOWN }

    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
