/** SPARQL over the store: bundled {@code .rq} queries with typed parameters, a runner with a time limit, result formats. */
package org.taz2rdf.query;
