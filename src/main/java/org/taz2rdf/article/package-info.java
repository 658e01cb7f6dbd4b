/** The domain model of a taz article, as immutable records; no RDF and no parsing here. */
package org.taz2rdf.article;
