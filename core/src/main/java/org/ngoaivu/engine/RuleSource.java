package org.ngoaivu.engine;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a host's own rule pack ({@code .drl} files) comes from. Rule packs are code: load them only
 * from locations you trust, never from dossier content.
 */
public sealed interface RuleSource {

    /**
     * Every {@code .drl} file under a directory, recursively.
     *
     * @param path the directory
     * @return the rule source
     */
    static RuleSource directory(Path path) {
        return new Directory(path);
    }

    /**
     * Every {@code .drl} file under a classpath folder such as {@code com/example/rules}.
     *
     * @param folder the folder, with or without a leading slash
     * @param loader the class loader to read it from
     * @return the rule source
     */
    static RuleSource classpath(String folder, ClassLoader loader) {
        return new Classpath(folder, loader);
    }

    /**
     * A directory on the file system.
     *
     * @param path a directory of {@code .drl} files
     */
    record Directory(Path path) implements RuleSource {
        /**
         * Checks that the path is given.
         *
         * @param path a directory of {@code .drl} files
         * @throws NullPointerException if {@code path} is null
         */
        public Directory {
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * A folder on the classpath.
     *
     * @param folder a classpath folder, without leading slash
     * @param loader the class loader to read it from
     */
    record Classpath(String folder, ClassLoader loader) implements RuleSource {
        /**
         * Checks that both parts are given and drops a leading slash from the folder.
         *
         * @param folder a classpath folder, with or without leading slash
         * @param loader the class loader to read it from
         * @throws NullPointerException if a part is null
         */
        public Classpath {
            Objects.requireNonNull(folder, "folder");
            Objects.requireNonNull(loader, "loader");
            folder = folder.startsWith("/") ? folder.substring(1) : folder;
        }
    }
}
