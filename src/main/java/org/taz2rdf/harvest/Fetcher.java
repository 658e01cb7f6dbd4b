package org.taz2rdf.harvest;

import java.net.URI;

/** Fetches one address and returns the raw response, with the address it finally came from. */
public interface Fetcher {

    Fetched fetch(URI address) throws FetchException;
}
