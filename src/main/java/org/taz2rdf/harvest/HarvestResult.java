package org.taz2rdf.harvest;

import java.nio.file.Path;
import java.util.List;

/**
 * What a harvest did: articles new to the folder, changed since the last fetch, fetched again and the same, kept
 * without a fetch (fetched within the maximum age), and failed; menus that failed; and the files it wrote.
 */
public record HarvestResult(int added, int changed, int unchanged, int kept, int failed, int failedMenus,
        List<Path> written) {

    public HarvestResult {
        written = List.copyOf(written);
    }
}
