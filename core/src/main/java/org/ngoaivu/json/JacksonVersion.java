package org.ngoaivu.json;

import java.util.Optional;

import com.fasterxml.jackson.core.Version;

/**
 * The oldest Jackson the readers work with. Jackson 2.16 added the document-length limit the readers set; an older
 * jackson-core on a host's class path (common with older Spring Boot) would otherwise fail on the first read with a
 * {@code NoSuchMethodError}. Checked once, before any reader touches Jackson, so that the host is told what to align.
 */
final class JacksonVersion {
    /** The oldest jackson-core and jackson-databind that pass the project's reader tests (see the README). */
    static final Version MINIMUM = new Version(2, 16, 0, null, "com.fasterxml.jackson.core", "jackson-core");

    private JacksonVersion() {
    }

    /** Throws {@link IllegalStateException} with a plain sentence when the class path's Jackson is too old. */
    static void require() {
        problem(com.fasterxml.jackson.core.json.PackageVersion.VERSION,
                com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION)
                .ifPresent(message -> {
                    throw new IllegalStateException(message);
                });
    }

    /** What is wrong with these versions of jackson-core and jackson-databind, if anything. */
    static Optional<String> problem(Version core, Version databind) {
        for (Version found : new Version[] {core, databind}) {
            if (older(found) && !found.isUnknownVersion()) {
                return Optional.of("ngoaivu needs Jackson " + MINIMUM
                        + " or later, but the class path has " + found.getArtifactId() + " " + found
                        + ". Use one Jackson version of at least " + MINIMUM + " for jackson-core, jackson-databind"
                        + " and the jdk8 and jsr310 modules (for example by importing com.fasterxml.jackson:jackson-bom).");
            }
        }
        return Optional.empty();
    }

    // Version.compareTo compares the artifact ids first, so databind's version is never "older" than core's minimum.
    private static boolean older(Version found) {
        int[] a = {found.getMajorVersion(), found.getMinorVersion(), found.getPatchLevel()};
        int[] b = {MINIMUM.getMajorVersion(), MINIMUM.getMinorVersion(), MINIMUM.getPatchLevel()};
        return java.util.Arrays.compare(a, b) < 0;
    }
}
