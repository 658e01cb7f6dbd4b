package org.taz2rdf.store;

/** What a load did to the store's articles. */
public record LoadResult(int added, int replaced, int skipped) {

    public static final LoadResult NONE = new LoadResult(0, 0, 0);

    public LoadResult plus(LoadResult other) {
        return new LoadResult(added + other.added, replaced + other.replaced, skipped + other.skipped);
    }
}
