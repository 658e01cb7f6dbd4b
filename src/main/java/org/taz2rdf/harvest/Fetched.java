package org.taz2rdf.harvest;

import java.net.URI;

/** A response and the address it came from at last (after redirects), against which its links resolve. */
public record Fetched(URI address, byte[] body) {}
