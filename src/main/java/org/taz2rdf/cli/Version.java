package org.taz2rdf.cli;

import picocli.CommandLine;

/** The version from the jar's manifest ({@code dev} when run from classes). */
public final class Version implements CommandLine.IVersionProvider {

    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"taz2rdf " + current(), "Apache Jena " + org.apache.jena.Jena.VERSION,
                "Java " + System.getProperty("java.version")};
    }
}
