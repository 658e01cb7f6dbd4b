package org.taz2rdf.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.store.ArticleDeleter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code taz2rdf delete}: articles out of the store by taz id. */
@ExitCodes({ExitCode.OK, ExitCode.USAGE, ExitCode.INTERNAL_ERROR, ExitCode.STORE_BUSY})
@Command(name = "delete", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Deletes articles from the store by taz id, with their metadata. What other articles say of"
                + " shared authors and tags stays.")
final class DeleteCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "ID", arity = "1..*", description = "taz article ids, e.g. 5536273 or !5536273.")
    List<String> ids;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        IriMinter iris = StoreAccess.iris(store, spec.commandLine());
        List<String> tazIds = new ArrayList<>();
        for (String id : ids) {
            tazIds.add(ArticleIdOption.parse(id, spec.commandLine()).orElseThrow());
        }
        return StoreAccess.withExisting(store, spec.commandLine(), opened -> {
            StoreAccess.ensureCounts(opened, iris, err);
            List<String> missing = new ArticleDeleter(opened, iris).delete(tazIds);
            missing.forEach(id -> err.println("taz2rdf: warning: article " + id + " is not in the store"));
            err.println("taz2rdf: " + (tazIds.size() - missing.size()) + " deleted, " + missing.size() + " not found");
            return ExitCode.OK.code();
        });
    }
}
