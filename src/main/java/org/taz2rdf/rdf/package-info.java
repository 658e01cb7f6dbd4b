/** Maps an {@link org.taz2rdf.article.Article} to schema.org RDF in its own named graph; all IRI minting lives in {@link org.taz2rdf.rdf.IriMinter}. */
package org.taz2rdf.rdf;
