package org.ngoaivu.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.CanonicalKieModule;
import org.drools.modelcompiler.KiePackagesBuilder;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.internal.builder.conf.PropertySpecificOption;

/**
 * The bundled rules compiled when the library is built into Drools' executable model: Java classes in the
 * jar, so that an engine neither compiles the rules nor interprets their constraints with MVEL. A resource
 * records the hash of the {@code .drl} and message files the model was generated from, then the model's
 * classes; if the files on the classpath differ, the engine compiles them instead. Host rule packs are
 * always compiled from their {@code .drl} files, so their errors keep file and line.
 */
final class PrecompiledRules {
    static final String RESOURCE = RuleBaseCompiler.BUNDLED_FOLDER + "/bundled-model.txt";
    /** The generator, which only the build has on its classpath. */
    private static final String EXECUTABLE_MODEL = "org.drools.model.codegen.ExecutableModelProject";
    private static final String BUNDLED_PACKAGE = RuleBaseCompiler.BUNDLED_FOLDER.replace('/', '.') + ".";

    private PrecompiledRules() {
    }

    /**
     * The precompiled packages, when the library has them and they were generated from these files.
     *
     * @param besideCompiledRules whether the rule base also takes rules compiled from {@code .drl} files now
     */
    static Optional<Collection<KiePackage>> load(String bundledHash, boolean besideCompiledRules) {
        ClassLoader loader = PrecompiledRules.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            if (lines.isEmpty() || !lines.get(0).equals(bundledHash)) {
                return Optional.empty();
            }
            List<Model> models = new ArrayList<>();
            for (String name : lines.subList(1, lines.size())) {
                // Only the library's own generated classes are instantiated.
                if (!name.startsWith(BUNDLED_PACKAGE)) {
                    return Optional.empty();
                }
                models.add(Class.forName(name, true, loader).asSubclass(Model.class).getConstructor().newInstance());
            }
            // Alone, the model takes no builder configuration (Drools' null): making one starts MVEL, which the
            // model does not need, and property reactivity, then always on, changes nothing for facts that no
            // rule modifies. Beside compiled rules it must take theirs, or Drools cannot merge the facts' type
            // declarations.
            KiePackagesBuilder packages = new KiePackagesBuilder(RuleBaseFactory.newKnowledgeBaseConfiguration(),
                    besideCompiledRules ? RuleBaseCompiler.builderConfiguration() : null, models);
            return Optional.of(List.copyOf(packages.build().getKiePackages()));
        } catch (IOException | ReflectiveOperationException | RuntimeException unusable) {
            // A model that cannot be used is no error: the rules are compiled from their files instead.
            return Optional.empty();
        }
    }

    /**
     * Writes the executable model of the bundled rules, its resource and the list of the rule files under the
     * given class output folder; run by the build after the classes and resources are in place.
     */
    public static void main(String[] args) throws IOException, ClassNotFoundException {
        Path classes = Path.of(args[0]);
        RuleBaseCompiler.Pack bundled = RuleBaseCompiler.bundled();
        KieServices services = KieServices.get();
        KieFileSystem sources = services.newKieFileSystem();
        bundled.files().stream().filter(f -> f.name().endsWith(".drl"))
                .forEach(f -> sources.write("src/main/resources/" + f.location(), f.content()));
        // The generator reads the option from the system properties, as no kmodule.xml is written.
        System.setProperty(PropertySpecificOption.PROPERTY_NAME, PropertySpecificOption.ALLOWED.name());
        KieBuilder builder = services.newKieBuilder(sources)
                .buildAll(Class.forName(EXECUTABLE_MODEL).asSubclass(KieBuilder.ProjectType.class));
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("The bundled rules do not compile: " + builder.getResults().getMessages());
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        List<String> models = new ArrayList<>();
        models.add(bundled.hash());
        new String(module.getBytes(CanonicalKieModule.getModelFileWithGAV(module.getReleaseId())),
                StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank() && !line.startsWith(CanonicalKieModule.MODEL_VERSION))
                .forEach(models::add);
        // Classes of an earlier build whose generated names have changed would stay in the jar otherwise: the
        // rules' packages hold generated classes only.
        for (String model : models.subList(1, models.size())) {
            deleteClasses(classes.resolve(model.substring(0, model.lastIndexOf('.')).replace('.', '/')));
        }
        for (String name : module.getFileNames()) {
            // The rules' classes only: the project model, which names a Maven artifact, is not used.
            if (name.startsWith(RuleBaseCompiler.BUNDLED_FOLDER + "/") && name.endsWith(".class")) {
                Path out = classes.resolve(name);
                Files.createDirectories(out.getParent());
                Files.write(out, module.getBytes(name));
            }
        }
        RuleFiles.writeIndex(classes, RuleBaseCompiler.BUNDLED_FOLDER);
        Files.write(classes.resolve(RESOURCE), models, StandardCharsets.UTF_8);
    }

    /** Deletes the classes below a folder, and the folders they leave empty; files first, then their folders. */
    private static void deleteClasses(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    if (path.toString().endsWith(".class") || !path.equals(folder) && isEmptyFolder(path)) {
                        Files.delete(path);
                    }
                }
            }
        }
    }

    private static boolean isEmptyFolder(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        }
    }
}
