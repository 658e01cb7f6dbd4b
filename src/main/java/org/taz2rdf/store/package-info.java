/** The TDB2 store: one named graph per article, a PROV-O metadata graph, loading, deleting, exporting, statistics. */
package org.taz2rdf.store;
