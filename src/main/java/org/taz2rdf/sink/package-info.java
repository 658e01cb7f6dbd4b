/** Destinations for mapped articles, all Jena {@code StreamRDF}s: file writers in each output format and decorators. */
package org.taz2rdf.sink;
