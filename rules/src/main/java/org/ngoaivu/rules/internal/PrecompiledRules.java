package org.ngoaivu.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Optional;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;
import org.kie.internal.builder.KnowledgeBuilder;

/**
 * The bundled rules compiled when the library is built, so that an engine starts without compiling them
 * again (compiling the consequences is most of the start-up time). The file records the hash of the
 * {@code .drl} and message files it was compiled from; if the files on the classpath differ, the engine
 * compiles them instead. Host rule packs are always compiled from their {@code .drl} files, so their errors
 * keep file and line.
 */
final class PrecompiledRules {
    static final String RESOURCE = RuleBaseCompiler.BUNDLED_FOLDER + "/bundled-rules.bin";
    /** Compiled rules hold only Drools', the JDK's and the library's own types; anything else is refused. */
    private static final ObjectInputFilter ONLY_RULE_TYPES = ObjectInputFilter.Config.createFilter(
            "java.lang.*;java.time.*;java.util.**;org.drools.**;org.kie.**;org.ngoaivu.**;!*");

    private PrecompiledRules() {
    }

    /** The precompiled packages, when the library has them and they were compiled from these files. */
    @SuppressWarnings("unchecked")
    static Optional<Collection<KiePackage>> load(String bundledHash) {
        ClassLoader loader = PrecompiledRules.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            try (DroolsObjectInputStream objects = new DroolsObjectInputStream(in, loader)) {
                objects.setObjectInputFilter(ONLY_RULE_TYPES);
                if (!objects.readUTF().equals(bundledHash)) {
                    return Optional.empty();
                }
                return Optional.of((Collection<KiePackage>) objects.readObject());
            }
        } catch (IOException | ClassNotFoundException | RuntimeException unusable) {
            // A cache that cannot be read is no error: the rules are compiled from their files instead.
            return Optional.empty();
        }
    }

    /**
     * Writes the precompiled bundled rules, and the list of their files, under the given class output folder;
     * run by the build after the classes and resources are in place.
     */
    public static void main(String[] args) throws IOException {
        RuleBaseCompiler.Pack bundled = RuleBaseCompiler.bundled();
        KnowledgeBuilder builder = RuleBaseCompiler.newBuilder();
        bundled.files().stream().filter(f -> f.name().endsWith(".drl")).forEach(f -> RuleBaseCompiler.add(builder, f));
        if (builder.hasErrors()) {
            throw new IllegalStateException("The bundled rules do not compile: " + builder.getErrors());
        }
        RuleFiles.writeIndex(Path.of(args[0]), RuleBaseCompiler.BUNDLED_FOLDER);
        Path out = Path.of(args[0]).resolve(RESOURCE);
        Files.createDirectories(out.getParent());
        try (OutputStream file = Files.newOutputStream(out);
             DroolsObjectOutputStream objects = new DroolsObjectOutputStream(file)) {
            objects.writeUTF(bundled.hash());
            objects.writeObject(new ArrayList<>(builder.getKnowledgePackages()));
        }
    }
}
