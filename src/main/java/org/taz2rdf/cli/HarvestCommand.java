package org.taz2rdf.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.taz2rdf.diagnostic.DiagnosticPolicy;
import org.taz2rdf.harvest.FetchException;
import org.taz2rdf.harvest.FetchLimits;
import org.taz2rdf.harvest.GeminiClient;
import org.taz2rdf.harvest.GopherClient;
import org.taz2rdf.harvest.HarvestResult;
import org.taz2rdf.harvest.Harvester;
import org.taz2rdf.harvest.KnownHosts;
import org.taz2rdf.harvest.Politeness;
import org.taz2rdf.pipeline.InputOrder;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.source.Input;
import org.taz2rdf.source.InputCollector;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code taz2rdf harvest}: taz articles straight from gopher://taz.de and gemini://taz.de. */
@ExitCodes({ExitCode.OK, ExitCode.INPUT_FAILED, ExitCode.USAGE, ExitCode.OUTPUT_FAILED, ExitCode.INTERNAL_ERROR,
    ExitCode.STORE_BUSY})
@Command(
        name = "harvest",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        description = {
            "Walks taz menus (sections !p…, tags !t…, authors !a…) breadth-first from the START addresses and"
                    + " saves each article's raw response in --to DIR as !ID.gophermap or !ID.gmi, with an index.tsv"
                    + " of what was fetched when, from where, and its SHA-256.",
            "One request at a time, with a pause between requests, timeouts, bounded retries and a size limit."
                    + " Menus are fetched on every run; articles fetched within --max-age are kept, older ones are"
                    + " fetched again and rewritten only when changed. With --load, the folder's articles then go"
                    + " into the store (those already there unchanged are skipped by their SHA-256)."
        })
final class HarvestCommand implements Callable<Integer> {

    @Option(names = "--to", paramLabel = "DIR", required = true, description = "Folder for the raw responses.")
    Path folder;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "1",
            description = "How many menu levels below the start points to follow (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--max", paramLabel = "N", defaultValue = "1000",
            description = "At most N articles per run (default: ${DEFAULT-VALUE}).")
    int max;

    @Option(names = "--delay", paramLabel = "MS", defaultValue = "1000",
            description = "Pause between requests in milliseconds (default: ${DEFAULT-VALUE}).")
    long delayMillis;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3",
            description = "Retries of a request that timed out or was cut (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Give up on a silent server after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "5242880",
            description = "Largest response accepted, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--max-age", paramLabel = "DURATION", defaultValue = "PT12H",
            description = "Articles fetched more recently than this are not fetched again, as ISO-8601 duration"
                    + " (default: ${DEFAULT-VALUE}, twelve hours; PT0S fetches everything).")
    String maxAge;

    @Option(names = "--load", description = "Afterwards load the folder's articles into the store (--loc); unchanged ones are skipped.")
    boolean load;

    @Mixin
    StoreOptions store;

    @Option(names = {"-q", "--quiet"}, description = "Print only warnings, errors and the summaries.")
    boolean quiet;

    @Parameters(paramLabel = "START", arity = "1..*",
            description = "gopher:// or gemini:// addresses of menus (or articles), e.g. gopher://taz.de/1/!p4611.")
    List<String> starts;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<URI> addresses = addresses();
        Duration age = duration();
        if (depth < 0 || max < 1 || delayMillis < 0 || retries < 0 || timeoutSeconds < 1 || maxBytes < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--depth, --delay and --retries must not be negative; --max, --timeout and --max-bytes must be positive");
        }
        IriMinter iris = load ? StoreAccess.iris(store, spec.commandLine()) : null;
        FetchLimits limits = new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(timeoutSeconds),
                Duration.ofSeconds(timeoutSeconds * 4), maxBytes);
        Politeness politeness = new Politeness(Duration.ofMillis(delayMillis), retries);
        Progress progress = new Progress(err, Progress.stderrIsTerminal(), max);
        HarvestResult result;
        try {
            result = harvester(limits, politeness, age, progress, err).run(addresses);
        } catch (UncheckedIOException e) {
            progress.clear();
            err.println("taz2rdf: " + e.getMessage() + ": " + e.getCause().getMessage() + "; what was saved before"
                    + " stays in " + folder);
            return ExitCode.OUTPUT_FAILED.code();
        }
        progress.clear();
        err.println(String.format(Locale.ROOT, "taz2rdf: harvested into %s: %d added, %d changed, %d unchanged,"
                + " %d kept (fetched within %s), %d failed, %d menus failed", folder, result.added(), result.changed(),
                result.unchanged(), result.kept(), age, result.failed(), result.failedMenus()));
        int exit = result.failed() + result.failedMenus() > 0 ? ExitCode.INPUT_FAILED.code() : ExitCode.OK.code();
        if (!load) {
            return exit;
        }
        List<Input> saved = new InputCollector(InputStream.nullInputStream()).collect(List.of(folder.toString())).inputs();
        int loaded = StoreAccess.with(store, err, opened -> new StoreLoading(opened, iris, DiagnosticPolicy.LENIENT,
                org.taz2rdf.store.ArticleLoader.DEFAULT_BATCH, InputOrder.DEFAULT_THREADS, new DiagnosticPrinter(err, quiet),
                err)
                .load(saved, Optional.empty(), List.of()));
        return Math.max(exit, loaded);
    }

    /** The harvester into --to; reports each article to the progress line and each failure to {@code err}. */
    private Harvester harvester(FetchLimits limits, Politeness politeness, Duration age, Progress progress,
            PrintWriter err) {
        KnownHosts knownHosts = new KnownHosts(folder.resolve(".known-gemini-hosts"));
        int[] done = {0};
        return new Harvester(politeness.wrap(new GopherClient(limits)),
                politeness.wrap(new GeminiClient(limits, knownHosts)), folder,
                new Harvester.Settings(depth, max, age), Clock.systemUTC(), new Harvester.Listener() {
                    @Override
                    public void article(String id, String outcome) {
                        progress.update(++done[0]);
                    }

                    @Override
                    public void failed(URI address, FetchException problem) {
                        progress.clear();
                        err.println("taz2rdf: error: " + problem.getMessage());
                    }
                });
    }

    private List<URI> addresses() {
        List<URI> addresses = new ArrayList<>();
        for (String start : starts) {
            try {
                URI uri = new URI(start.replace("!", "%21")).normalize();
                if (!"gopher".equalsIgnoreCase(uri.getScheme()) && !"gemini".equalsIgnoreCase(uri.getScheme())
                        || uri.getHost() == null) {
                    throw new URISyntaxException(start, "not a gopher:// or gemini:// address");
                }
                addresses.add(new URI(uri.toString().replace("%21", "!")));
            } catch (URISyntaxException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "START '" + start + "': " + e.getReason());
            }
        }
        return addresses;
    }

    private Duration duration() {
        try {
            Duration age = Duration.parse(maxAge);
            if (age.isNegative()) {
                throw new DateTimeParseException("negative", maxAge, 0);
            }
            return age;
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-age takes an ISO-8601 duration such as PT12H or P1D, not '" + maxAge + "'");
        }
    }
}
