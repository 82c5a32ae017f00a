package org.ngoaivu.engine;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a host's own rule pack ({@code .drl} files) comes from. Rule packs are code: load them only
 * from locations you trust, never from dossier content.
 */
public sealed interface RuleSource {

    /** Every {@code .drl} file under a directory, recursively. */
    static RuleSource directory(Path path) {
        return new Directory(path);
    }

    /** Every {@code .drl} file under a classpath folder such as {@code com/example/rules}. */
    static RuleSource classpath(String folder, ClassLoader loader) {
        return new Classpath(folder, loader);
    }

    /** @param path a directory of {@code .drl} files */
    record Directory(Path path) implements RuleSource {
        public Directory {
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * @param folder a classpath folder, without leading slash
     * @param loader the class loader to read it from
     */
    record Classpath(String folder, ClassLoader loader) implements RuleSource {
        public Classpath {
            Objects.requireNonNull(folder, "folder");
            Objects.requireNonNull(loader, "loader");
            folder = folder.startsWith("/") ? folder.substring(1) : folder;
        }
    }
}
