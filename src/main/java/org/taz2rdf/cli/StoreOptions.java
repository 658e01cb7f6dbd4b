package org.taz2rdf.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The store options shared by every command that uses a store: {@code --loc} and {@code --base}. */
final class StoreOptions {

    /** Where the README's commands keep their store. */
    static final String DEFAULT_LOCATION = "taz2rdf-store";

    @Option(names = "--loc", paramLabel = "DIR", defaultValue = DEFAULT_LOCATION,
            description = "The TDB2 store folder, as in Jena's tools (default: ${DEFAULT-VALUE}).")
    Path location;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = org.taz2rdf.rdf.IriMinter.DEFAULT_BASE,
            description = "Base of minted IRIs; must be the one the store was loaded with (default: ${DEFAULT-VALUE}).")
    String base;
}
