/** Problems found in an input: where ({@link org.taz2rdf.diagnostic.SourcePosition}), how bad, and a stable code. */
package org.taz2rdf.diagnostic;
