package org.taz2rdf.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.taz2rdf.store.StoreStats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code taz2rdf stats}: what the store holds. */
@ExitCodes({ExitCode.OK, ExitCode.USAGE, ExitCode.OUTPUT_FAILED, ExitCode.INTERNAL_ERROR, ExitCode.STORE_BUSY})
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Counts the store's articles, triples, authors, tags, links and related articles.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var iris = StoreAccess.iris(store, spec.commandLine());
        return StoreAccess.withExisting(store, spec.commandLine(), opened -> {
            StoreStats stats = StoreStats.of(opened, iris);
            out.println("articles          " + stats.articles());
            out.println("triples           " + stats.triples());
            out.println("authors           " + stats.authors());
            out.println("tags              " + stats.tags());
            out.println("links             " + stats.links());
            out.println("related articles  " + stats.related());
            out.println("unresolved related " + stats.unresolvedRelated());
            return ExitCode.ofWriting(out, spec.commandLine().getErr());
        });
    }
}
