/** Reading one input end to end (bytes, text, article) under a diagnostic policy; shared by every command that reads articles. */
package org.taz2rdf.pipeline;
