package org.ngoaivu.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One resolved artifact of a {@code dependency:list} file that a module's build wrote under {@code target/dependencies}. */
record ResolvedArtifact(String artifact, String scope, Path file) {

    static List<ResolvedArtifact> read(Path list) throws IOException {
        List<ResolvedArtifact> resolved = new ArrayList<>();
        for (String line : Files.readAllLines(list)) {
            if (!line.startsWith("   ")) {
                continue;
            }
            // group:artifact:type[:classifier]:version:scope:path[ -- module name]
            String[] f = line.strip().split(" ")[0].split(":");
            resolved.add(new ResolvedArtifact(f[0] + ":" + f[1], f[f.length - 2], Path.of(f[f.length - 1])));
        }
        return resolved;
    }
}
