/** Reading inputs (files, folders, standard input) into decoded, newline-normalised {@link org.taz2rdf.source.SourceDocument}s. */
package org.taz2rdf.source;
