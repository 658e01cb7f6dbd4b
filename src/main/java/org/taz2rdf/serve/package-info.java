/** An embedded, read-only Fuseki over the store, with a query page and linked-data pages for the IRIs taz2rdf mints. */
package org.taz2rdf.serve;
