package org.taz2rdf.pipeline;

import java.util.List;
import java.util.Optional;
import org.taz2rdf.article.Article;
import org.taz2rdf.diagnostic.Diagnostic;
import org.taz2rdf.diagnostic.Severity;
import org.taz2rdf.parse.ParseResult.PageKind;
import org.taz2rdf.source.Input;

/**
 * What became of one input: the article (absent for a menu, or when the input failed), and its diagnostics
 * after the policy. An input with an error has failed and its article must not be written.
 */
public record Outcome(Input input, Optional<Article> article, PageKind kind, List<Diagnostic> diagnostics) {

    public Outcome {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean failed() {
        return kind == PageKind.UNKNOWN || count(Severity.ERROR) > 0;
    }

    /** The article to write: present only for an article input that did not fail. */
    public Optional<Article> articleToWrite() {
        return failed() ? Optional.empty() : article;
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
