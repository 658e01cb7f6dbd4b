package org.taz2rdf.publish;

/** How a remote store wants its credentials. */
public enum AuthMode { none, basic, digest }
