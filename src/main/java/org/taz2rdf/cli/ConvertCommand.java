package org.taz2rdf.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.riot.system.StreamRDF;
import org.taz2rdf.pipeline.ArticleReader;
import org.taz2rdf.pipeline.Outcome;
import org.taz2rdf.pipeline.ParallelConversion;
import org.taz2rdf.rdf.ArticleMapper;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.sink.OutputFormat;
import org.taz2rdf.sink.ArticleChunks;
import org.taz2rdf.sink.RdfFileWriter;
import org.taz2rdf.source.Input;
import org.taz2rdf.source.InputCollector;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code taz2rdf convert}: taz article texts in, schema.org RDF out. */
@ExitCodes({ExitCode.OK, ExitCode.INPUT_FAILED, ExitCode.USAGE, ExitCode.OUTPUT_FAILED, ExitCode.INTERNAL_ERROR})
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        description = {
            "Converts taz article texts (any proxy rendering, raw Gopher menus, gemtext) into schema.org"
                    + " NewsArticle RDF.",
            "Writes to standard output unless -o is given. Diagnostics go to standard error as"
                    + " path:line:col: severity: message [CODE], then one summary line."
        })
final class ConvertCommand implements Callable<Integer> {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "ttl",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). ttl and nt put all"
                    + " articles in one graph; nq, trig and jsonld keep one named graph per article. jsonld is"
                    + " built in memory; the others stream.")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced only when the run completes) instead of standard output.")
    Path output;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "Base for minted IRIs of people, tags, related articles, graphs and articles without"
                    + " a taz id (default: ${DEFAULT-VALUE}).")
    String base;

    @CommandLine.Mixin
    InputOptions input;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Article files, folders (searched recursively for .txt, .gmi, .gemini, .gph, .gophermap"
                    + " and extension-less files), or - for standard input.")
    List<String> operands;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final InputStream stdin;
    private final OutputStream stdout;

    ConvertCommand(InputStream stdin, OutputStream stdout) {
        this.stdin = stdin;
        this.stdout = stdout;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> explicitId = input.explicitId(spec.commandLine());
        int threads = input.threads(spec.commandLine());
        IriMinter iris;
        try {
            iris = new IriMinter(base);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--base: " + e.getMessage());
        }
        InputCollector.Collected collected = input.collect(stdin, operands, spec.commandLine());
        DiagnosticPrinter printer = input.printer(err);
        RunSummary summary = new RunSummary();
        collected.problems().forEach(problem -> {
            printer.print(problem);
            summary.addOperandProblem(problem.severity());
        });
        try (OutputTarget target = OutputTarget.open(output, stdout)) {
            convert(collected.inputs(), explicitId, threads, new ArticleMapper(iris), target.stream(), printer,
                    summary, err);
            target.commit();
        } catch (IOException | UncheckedIOException | RuntimeIOException e) {
            err.println("taz2rdf: cannot write the output: " + e.getMessage());
            return ExitCode.OUTPUT_FAILED.code();
        }
        err.println(summary.line("converted"));
        return summary.anyFailed() ? ExitCode.INPUT_FAILED.code() : ExitCode.OK.code();
    }

    private void convert(List<Input> inputs, Optional<String> explicitId, int threads, ArticleMapper mapper,
            OutputStream out, DiagnosticPrinter printer, RunSummary summary, PrintWriter err) throws IOException {
        Progress progress = new Progress(err, Progress.stderrIsTerminal() && inputs.size() > 1, inputs.size());
        ArticleReader reader = new ArticleReader(input.policy());
        int[] done = {0};
        Consumer<Outcome> report = outcome -> {
            if (!outcome.diagnostics().isEmpty()) {
                progress.clear();
                outcome.diagnostics().forEach(printer::print);
            }
            summary.add(outcome);
            progress.update(++done[0]);
        };
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        if (format.streaming()) {
            ArticleChunks chunks = new ArticleChunks(format);
            buffered.write(chunks.header());
            new ParallelConversion<>(reader, mapper, threads, chunks::chunk).forEach(inputs, explicitId, mapped -> {
                report.accept(mapped.outcome());
                write(buffered, mapped.product());
            });
            buffered.flush();
        } else {
            StreamRDF sink = RdfFileWriter.open(format, buffered);
            sink.start();
            new ParallelConversion<>(reader, mapper, threads, quads -> quads).forEach(inputs, explicitId, mapped -> {
                report.accept(mapped.outcome());
                mapped.product().forEach(sink::quad);
            });
            sink.finish();
        }
        progress.clear();
    }

    private static void write(BufferedOutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
