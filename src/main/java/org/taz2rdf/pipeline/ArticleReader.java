package org.taz2rdf.pipeline;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.taz2rdf.diagnostic.Diagnostic;
import org.taz2rdf.diagnostic.DiagnosticCode;
import org.taz2rdf.diagnostic.DiagnosticPolicy;
import org.taz2rdf.diagnostic.Severity;
import org.taz2rdf.diagnostic.SourcePosition;
import org.taz2rdf.parse.ArticleParser;
import org.taz2rdf.parse.ParseResult;
import org.taz2rdf.source.Input;
import org.taz2rdf.source.SourceDocument;
import org.taz2rdf.source.TextDecoder;

/**
 * Reads one input into an {@link Outcome}: its bytes, decoded to text, parsed into an article, every
 * diagnostic passed through the policy. Never throws for a bad input. Thread-safe.
 */
public final class ArticleReader {

    private final TextDecoder decoder = new TextDecoder();
    private final ArticleParser parser = new ArticleParser();
    private final DiagnosticPolicy policy;

    public ArticleReader(DiagnosticPolicy policy) {
        this.policy = policy;
    }

    /** Reads {@code input}; {@code explicitId} overrides the id found in its name. */
    public Outcome read(Input input, Optional<String> explicitId) {
        byte[] bytes;
        try {
            bytes = input.readAllBytes();
        } catch (IOException e) {
            Diagnostic unreadable = new Diagnostic(SourcePosition.wholeInput(input.name()), Severity.ERROR,
                    DiagnosticCode.UNREADABLE_INPUT, "cannot be read: " + e.getMessage());
            return new Outcome(input, Optional.empty(), ParseResult.PageKind.UNKNOWN, List.of(unreadable));
        }
        SourceDocument document = decoder.decode(input.name(), bytes);
        ParseResult result = parser.parse(document, explicitId);
        List<Diagnostic> diagnostics = result.diagnostics().stream().map(policy::apply).toList();
        return new Outcome(input, result.article(), result.kind(), diagnostics);
    }
}
