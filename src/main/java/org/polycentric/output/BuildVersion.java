package org.polycentric.output;


/** The version of Polycentric that is running, as recorded in every manifest and shown by --version. */
public final class BuildVersion {
    /** Shown when running from compiled classes rather than the jar (tests, an IDE). */
    public static final String DEVELOPMENT = "dev";

    private BuildVersion() {
    }

    /** The jar manifest's Implementation-Version (the pom's version), or {@value #DEVELOPMENT}. */
    public static String current() {
        String version = BuildVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? DEVELOPMENT : version;
    }
}
