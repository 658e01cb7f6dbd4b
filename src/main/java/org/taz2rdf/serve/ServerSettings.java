package org.taz2rdf.serve;

import java.time.Duration;

/**
 * How the server runs: its port, whether it listens beyond loopback, the dataset's name in the SPARQL
 * endpoints ({@code /NAME/query}, {@code /NAME/sparql}, {@code /NAME/get}), the time limit of every query, and
 * the base that the store's minted IRIs were made under.
 */
public record ServerSettings(int port, boolean allInterfaces, String datasetName, Duration queryTimeout, String base) {}
