/** Turns the text of a taz page, in any of its renderings, into an {@link org.taz2rdf.article.Article} and diagnostics. */
package org.taz2rdf.parse;
