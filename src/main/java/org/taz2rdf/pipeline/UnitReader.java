package org.taz2rdf.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.taz2rdf.diagnostic.Diagnostic;
import org.taz2rdf.diagnostic.DiagnosticCode;
import org.taz2rdf.diagnostic.DiagnosticPolicy;
import org.taz2rdf.diagnostic.Severity;
import org.taz2rdf.diagnostic.SourcePosition;
import org.taz2rdf.parse.ParseResult.PageKind;
import org.taz2rdf.rdf.ArticleMapper;
import org.taz2rdf.source.Input;
import org.taz2rdf.store.LoadUnit;

/**
 * Turns one input into {@link LoadUnit}s: a taz text is parsed and mapped (its digest is that of its bytes); an
 * RDF file that {@code convert} wrote ({@code .nq}, {@code .trig}, {@code .nt}, {@code .ttl}) is split into its
 * articles' graphs (the digest of each is that of its sorted quads): an N-Quads or TriG file laid out as convert
 * writes it is read one graph at a time as the articles are taken ({@link GraphRuns}), any other is read whole
 * ({@link RdfArticleSplitter}).
 */
public final class UnitReader {

    private final ArticleReader articles;
    private final ArticleMapper mapper;

    public UnitReader(DiagnosticPolicy policy, ArticleMapper mapper) {
        this.articles = new ArticleReader(policy);
        this.mapper = mapper;
    }

    /** The RDF language of an input by its file name ending, if it is an RDF file. */
    public static Optional<Lang> rdfLanguage(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Lang lang : List.of(Lang.NQUADS, Lang.TRIG, Lang.NTRIPLES, Lang.TURTLE)) {
            for (String extension : lang.getFileExtensions()) {
                if (lower.endsWith("." + extension)) {
                    return Optional.of(lang);
                }
            }
        }
        return Optional.empty();
    }

    public Units read(Input input, Optional<String> explicitId) {
        return read(input, explicitId, digest -> false);
    }

    /**
     * Reads {@code input}; a text whose digest {@code alreadyStored} accepts is not parsed at all (the nightly
     * re-run of an unchanged archive costs one hash a file). Safe to call from several threads at once when
     * {@code alreadyStored} is.
     */
    public Units read(Input input, Optional<String> explicitId, Predicate<String> alreadyStored) {
        Optional<Lang> lang = rdfLanguage(input.name());
        return lang.isPresent() ? readRdf(input, lang.get()) : readText(input, explicitId, alreadyStored);
    }

    private Units readText(Input input, Optional<String> explicitId, Predicate<String> alreadyStored) {
        byte[] bytes;
        try {
            bytes = input.readAllBytes();
        } catch (IOException e) {
            return unreadable(input, e.getMessage());
        }
        String digest = Digests.sha256(bytes);
        if (alreadyStored.test(digest)) {
            return Units.unchanged(input.name());
        }
        Outcome outcome = articles.read(new BytesInput(input.name(), bytes), explicitId);
        List<LoadUnit> units = new ArrayList<>();
        outcome.articleToWrite().ifPresent(article -> {
            List<Quad> quads = new ArrayList<>();
            mapper.map(article, new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    quads.add(quad);
                }
            });
            units.add(new LoadUnit(mapper.iris().graph(article), quads, sourceName(input.name()), digest));
        });
        return new Units(input.name(), units, outcome.kind(), outcome.diagnostics());
    }

    private Units readRdf(Input input, Lang lang) {
        try {
            if ((lang.equals(Lang.NQUADS) || lang.equals(Lang.TRIG)) && input instanceof Input.FileInput file) {
                GraphRuns.Check check = GraphRuns.check(file.path(), lang, mapper.iris());
                if (check.oneRunPerGraph()) {
                    return check.articleGraphs() == 0 ? noArticle(input, lang) : new Units(input.name(),
                            GraphRuns.units(file.path(), lang, mapper.iris(), sourceName(input.name())),
                            PageKind.ARTICLE, List.of(), false);
                }
            }
            DatasetGraph dataset = DatasetGraphFactory.create();
            RDFParser.source(new ByteArrayInputStream(input.readAllBytes())).lang(lang)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(dataset);
            List<LoadUnit> units = new RdfArticleSplitter(mapper.iris()).split(dataset, sourceName(input.name()));
            return units.isEmpty() ? noArticle(input, lang)
                    : new Units(input.name(), units, PageKind.ARTICLE, List.of());
        } catch (IOException e) {
            return unreadable(input, e.getMessage());
        } catch (RiotException e) {
            Diagnostic bad = new Diagnostic(SourcePosition.wholeInput(input.name()), Severity.ERROR,
                    DiagnosticCode.MALFORMED_RESPONSE, "not valid " + lang.getLabel() + ": " + e.getMessage());
            return new Units(input.name(), List.of(), PageKind.UNKNOWN, List.of(bad));
        }
    }

    private static Units noArticle(Input input, Lang lang) {
        Diagnostic none = new Diagnostic(SourcePosition.wholeInput(input.name()), Severity.ERROR,
                DiagnosticCode.NO_TITLE, "no taz2rdf article (a schema:NewsArticle with schema:publisher) in this "
                        + lang.getLabel() + " file");
        return new Units(input.name(), List.of(), PageKind.UNKNOWN, List.of(none));
    }

    /** A source is recorded by its file name, never by a local absolute path. */
    static String sourceName(String name) {
        Path path = Path.of(name);
        return path.isAbsolute() && path.getFileName() != null ? path.getFileName().toString() : name;
    }

    private static Units unreadable(Input input, String why) {
        Diagnostic problem = new Diagnostic(SourcePosition.wholeInput(input.name()), Severity.ERROR,
                DiagnosticCode.UNREADABLE_INPUT, "cannot be read: " + why);
        return new Units(input.name(), List.of(), PageKind.UNKNOWN, List.of(problem));
    }

    /** An input already read into memory. */
    private record BytesInput(String name, byte[] bytes) implements Input {
        @Override
        public byte[] readAllBytes() {
            return bytes;
        }
    }
}
