package org.taz2rdf.harvest;

import java.net.URI;

/** Fetches one address and returns the raw response bytes. */
public interface Fetcher {

    byte[] fetch(URI address) throws FetchException;
}
