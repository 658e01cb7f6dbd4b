/**
 * Performance tooling: a generator of fictional taz-format corpora at archive scale, the query-latency probe the
 * benchmark script runs, and JMH microbenchmarks of the parser and mapper (see {@code bench/README.md}).
 */
package org.taz2rdf.bench;
