package org.taz2rdf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code taz2rdf compact}: reclaims the space that TDB2 keeps after every write transaction. */
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
        return StoreAccess.with(store, err, opened -> {
            long before = size(opened.location());
            opened.compact();
            long after = size(opened.location());
            err.println("taz2rdf: compacted " + opened.location() + " from " + before / 1024 + " KiB to "
                    + after / 1024 + " KiB");
            return ExitCode.OK.code();
        });
    }

    private static long size(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
