package org.taz2rdf.parse;

/** An entry of ARTIKEL ZUM THEMA as read, before its kicker is split off: its title line and teaser. */
record RelatedEntry(Line titleLine, String teaser, boolean teaserComplete) {}
