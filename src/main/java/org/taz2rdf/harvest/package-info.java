/** Fetching taz's Gopher menus and Gemini pages with the JDK's own networking, and walking them to save raw article responses. */
package org.taz2rdf.harvest;
