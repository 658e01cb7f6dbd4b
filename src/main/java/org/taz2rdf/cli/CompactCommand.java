package org.taz2rdf.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code taz2rdf compact}: reclaims the space that TDB2 keeps after every write transaction. */
@ExitCodes({ExitCode.OK, ExitCode.USAGE, ExitCode.INTERNAL_ERROR, ExitCode.STORE_BUSY})
@Command(name = "compact", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Compacts the store: TDB2 grows with every write transaction; this writes a new, compact"
                + " generation and deletes the old one.")
final class CompactCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        StoreAccess.iris(store, spec.commandLine());
        return StoreAccess.withExisting(store, spec.commandLine(), opened -> {
            opened.compact();
            err.println("taz2rdf: compacted " + opened.location() + " into a new generation; the old one was deleted");
            return ExitCode.OK.code();
        });
    }
}
