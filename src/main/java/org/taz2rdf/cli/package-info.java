/** The command line: one picocli command class per verb, exit codes, and the printing of diagnostics and progress. */
package org.taz2rdf.cli;
