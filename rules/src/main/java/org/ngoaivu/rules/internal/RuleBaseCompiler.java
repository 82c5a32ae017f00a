package org.ngoaivu.rules.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.io.ResourceFactory;
import org.ngoaivu.engine.Parameter;
import org.ngoaivu.engine.RulePackException;
import org.ngoaivu.engine.RuleProblem;
import org.ngoaivu.engine.RuleSource;
import org.ngoaivu.engine.Severity;
import org.ngoaivu.engine.SubjectType;
import org.ngoaivu.rules.api.Evaluation;
import org.ngoaivu.rules.api.Findings;

/**
 * Builds a {@link RuleBase} from the bundled rules and the host's rule packs with the classic DRL
 * compiler, so that every error names the author's {@code .drl} file and line. The bundled rules come
 * precompiled ({@link PrecompiledRules}) when the library was built with them. Checks each rule's
 * metadata and messages, and reports every problem at once.
 */
final class RuleBaseCompiler {
    static final String BUNDLED_FOLDER = "org/ngoaivu/rules";
    static final String BUNDLED = "bundled";

    private static final Pattern SOURCE_NAME = Pattern.compile("\\b(A2008|A-VOV|A2023|A2021|A2014)\\b");

    private RuleBaseCompiler() {
    }

    /** One rule pack's files, with the origin its rules report. */
    record Pack(String origin, List<RuleFiles.TextFile> files) {
        /** A content hash of the pack's files. */
        String hash() {
            MessageDigest digest = sha256();
            update(digest);
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        }

        void update(MessageDigest digest) {
            for (RuleFiles.TextFile file : files) {
                digest.update((origin.equals(BUNDLED) ? BUNDLED : "host").getBytes(StandardCharsets.UTF_8));
                digest.update((file.folder() + "/" + file.name() + "\n" + file.content()).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** The bundled rules' files, from the classpath. */
    static Pack bundled() {
        return new Pack(BUNDLED, RuleFiles.read(
                RuleSource.classpath(BUNDLED_FOLDER, RuleBaseCompiler.class.getClassLoader())));
    }

    /**
     * The files of every rule pack, read but not compiled, and their content hash: the rule-pack version.
     *
     * @param packs   the bundled pack first, then the host's in the order added
     * @param version {@code sha256:} and the first 16 hex digits of the hash of every file
     */
    record Sources(List<Pack> packs, String version) {
    }

    /** Reads the rule files without compiling them. */
    static Sources read(boolean includeBundled, List<RuleSource> hostSources) {
        List<Pack> packs = new ArrayList<>();
        if (includeBundled) {
            packs.add(bundled());
        }
        for (RuleSource source : hostSources) {
            packs.add(new Pack(origin(source), RuleFiles.read(source)));
        }
        MessageDigest digest = sha256();
        packs.forEach(pack -> pack.update(digest));
        return new Sources(List.copyOf(packs), "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, 16));
    }

    /**
     * Builds a rule base.
     *
     * @throws RulePackException listing every compile or metadata error, with file and line
     */
    static RuleBase compile(boolean includeBundled, List<RuleSource> hostSources) {
        return compile(read(includeBundled, hostSources));
    }

    /**
     * Builds a rule base from files already read, taking the bundled rules precompiled when the library has
     * them for these very files.
     *
     * @throws RulePackException listing every compile or metadata error, with file and line
     */
    static RuleBase compile(Sources read) {
        return compile(read, true);
    }

    /**
     * Builds a rule base from files already read; with {@code usePrecompiled} false, every {@code .drl} file
     * is compiled, as when the library has no precompiled rules.
     *
     * @throws RulePackException listing every compile or metadata error, with file and line
     */
    static RuleBase compile(Sources read, boolean usePrecompiled) {
        Properties labelsVi = new Properties();
        Properties labelsEn = new Properties();
        Properties sources = new Properties();
        Map<String, Properties> messagesVi = new HashMap<>();
        Map<String, Properties> messagesEn = new HashMap<>();
        Map<String, String> originOfLocation = new HashMap<>();
        Map<String, String> folderOfLocation = new HashMap<>();
        Map<String, String> contentOfLocation = new HashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        // The bundled rules as compiled when the library was built, if they match the files on the classpath.
        boolean hostPacks = read.packs().stream().anyMatch(pack -> !pack.origin().equals(BUNDLED));
        Optional<Collection<KiePackage>> precompiled = !usePrecompiled ? Optional.empty()
                : read.packs().stream().filter(p -> p.origin().equals(BUNDLED)).findFirst()
                        .flatMap(bundled -> PrecompiledRules.load(bundled.hash(), hostPacks));
        // Creating a builder costs about 5 % of a CLI run: none when every rule comes precompiled.
        Optional<KnowledgeBuilder> builder = read.packs().stream()
                .anyMatch(pack -> !(pack.origin().equals(BUNDLED) && precompiled.isPresent()))
                ? Optional.of(newBuilder()) : Optional.empty();

        for (Pack pack : read.packs()) {
            boolean compileDrl = !(pack.origin().equals(BUNDLED) && precompiled.isPresent());
            for (RuleFiles.TextFile file : pack.files()) {
                String folderKey = pack.origin() + "|" + file.folder();
                switch (file.name()) {
                    case "labels_vi.properties" -> load(labelsVi, file, problems);
                    case "labels_en.properties" -> load(labelsEn, file, problems);
                    case "sources.properties" -> load(sources, file, problems);
                    case "messages_vi.properties" ->
                            load(messagesVi.computeIfAbsent(folderKey, k -> new Properties()), file, problems);
                    case "messages_en.properties" ->
                            load(messagesEn.computeIfAbsent(folderKey, k -> new Properties()), file, problems);
                    default -> {
                        if (file.name().endsWith(".drl")) {
                            originOfLocation.put(file.location(), pack.origin());
                            folderOfLocation.put(file.location(), folderKey);
                            contentOfLocation.put(file.location(), file.content());
                            if (file.content().isBlank()) {
                                // Most often a file caught half-written: Drools would take it as no rules.
                                problems.add(new RuleProblem(file.location(), 0, "The file is empty: a .drl file"
                                        + " holds at least one rule. Delete it, or wait until it is saved."));
                            } else if (compileDrl) {
                                add(builder.orElseThrow(), file);
                            }
                        }
                    }
                }
            }
        }
        builder.ifPresent(b -> problems.addAll(CompileErrors.of(b.getErrors(), contentOfLocation)));
        if (!problems.isEmpty()) {
            throw new RulePackException("The rules do not compile", problems);
        }

        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        precompiled.ifPresent(kieBase::addPackages);
        builder.ifPresent(b -> kieBase.addPackages(b.getKnowledgePackages()));
        Map<Rule, RuleMeta> byRule = new IdentityHashMap<>();
        Map<String, RuleMeta> byId = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String location = location(rule, contentOfLocation);
                String folderKey = folderOfLocation.getOrDefault(location, "");
                String folder = folderKey.substring(folderKey.indexOf('|') + 1);
                int line = line(rule, contentOfLocation.get(location));
                Optional<RuleMeta> meta = meta(rule, location, line, originOfLocation.getOrDefault(location, BUNDLED),
                        folder, sources, messagesVi.getOrDefault(folderKey, new Properties()),
                        messagesEn.getOrDefault(folderKey, new Properties()), problems);
                meta.ifPresent(m -> {
                    RuleMeta clash = byId.putIfAbsent(m.id(), m);
                    if (clash != null) {
                        problems.add(new RuleProblem(location, line, "Rule \"" + rule.getName()
                                + "\" has @id(\"" + m.id() + "\"), already used by rule \"" + clash.name() + "\" in "
                                + clash.location() + "."));
                    }
                    byRule.put(rule, m);
                });
            }
        }
        RuleBase.Globals globals = new RuleBase.Globals(
                declares(kieBase, RuleBase.FINDINGS_GLOBAL, Findings.class, problems),
                declares(kieBase, RuleBase.EVALUATION_GLOBAL, Evaluation.class, problems));
        if (!problems.isEmpty()) {
            throw new RulePackException("The rules' metadata, messages or globals are incomplete or wrong", problems);
        }
        List<RuleMeta> sorted = byRule.values().stream().sorted(Comparator.comparing(RuleMeta::id)).toList();
        RuleBase ruleBase = new RuleBase(kieBase, byRule, sorted, new Messages(labelsVi, labelsEn), read.version(),
                globals, RuleLocator.of(byRule, contentOfLocation));
        // The bundled rules, as precompiled, were probed when the library was built (RuleProbeTest): probing
        // them again would cost most of a cold build.
        List<RuleProblem> cannotRun = builder.isEmpty() ? List.of()
                : RuleProbe.check(precompiled.isPresent() ? compiledHere(ruleBase, builder.get()) : ruleBase);
        if (!cannotRun.isEmpty()) {
            throw new RulePackException("The rules compile but cannot run", cannotRun);
        }
        return ruleBase;
    }

    /** The rules compiled from their {@code .drl} files now, in a rule base of their own. */
    private static RuleBase compiledHere(RuleBase all, KnowledgeBuilder builder) {
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        // Drools copies packages that another rule base already uses.
        kieBase.addPackages(builder.getKnowledgePackages());
        List<RuleProblem> ignored = new ArrayList<>();
        RuleBase.Globals globals = new RuleBase.Globals(
                declares(kieBase, RuleBase.FINDINGS_GLOBAL, Findings.class, ignored),
                declares(kieBase, RuleBase.EVALUATION_GLOBAL, Evaluation.class, ignored));
        List<RuleMeta> rules = all.rules().stream().filter(r -> !r.origin().equals(BUNDLED)).toList();
        return new RuleBase(kieBase, Map.of(), rules, all.messages(), all.version(), globals, all.locator());
    }

    /**
     * A builder with the options every rule base is built with. Property reactivity is only allowed, not
     * always on: facts are immutable records that no rule modifies, so class reactivity costs nothing, and
     * Drools no longer warns about every constraint that reads the {@code evaluation} global.
     */
    static KnowledgeBuilder newBuilder() {
        return KnowledgeBuilderFactory.newKnowledgeBuilder(builderConfiguration());
    }

    /** The options of {@link #newBuilder()}, which precompiled rules beside compiled ones take too. */
    static KnowledgeBuilderConfiguration builderConfiguration() {
        KnowledgeBuilderConfiguration configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        configuration.setOption(PropertySpecificOption.ALLOWED);
        return configuration;
    }

    /** Whether a package declares one of the engine's globals; one of another type is a problem. */
    private static boolean declares(KieBase kieBase, String name, Class<?> type, List<RuleProblem> problems) {
        boolean declared = false;
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Global global : pkg.getGlobalVariables()) {
                if (global.getName().equals(name)) {
                    declared = true;
                    if (!global.getType().equals(type.getName())) {
                        problems.add(new RuleProblem("(package " + pkg.getName() + ")", 0, "The global "
                                + name + " is declared as " + global.getType() + "; the engine sets it to the "
                                + type.getName() + " of each evaluation."));
                    }
                }
            }
        }
        return declared;
    }

    /** Adds a {@code .drl} file to a builder, named so that errors and rules point to the author's file. */
    static void add(KnowledgeBuilder builder, RuleFiles.TextFile drl) {
        Resource resource = ResourceFactory.newByteArrayResource(drl.content().getBytes(StandardCharsets.UTF_8));
        resource.setSourcePath(drl.location());
        builder.add(resource, ResourceType.DRL);
    }

    private static Optional<RuleMeta> meta(Rule rule, String location, int line, String origin, String folder,
                                           Properties sources, Properties vi, Properties en,
                                           List<RuleProblem> problems) {
        List<String> missing = new ArrayList<>();
        String id = text(rule, "id");
        String severity = text(rule, "severity");
        String subject = text(rule, "subject");
        String source = text(rule, "source");
        for (String[] required : new String[][] {{"id", id}, {"severity", severity}, {"subject", subject},
                {"source", source}}) {
            if (required[1] == null || required[1].isBlank()) {
                missing.add("@" + required[0]);
            }
        }
        if (!missing.isEmpty()) {
            problems.add(new RuleProblem(location, line, "Rule \"" + rule.getName() + "\" has no "
                    + String.join(", ", missing) + " metadata."));
            return Optional.empty();
        }
        int before = problems.size();
        Severity sev = constant(Severity.class, severity, "@severity", rule, location, line, problems);
        SubjectType type = constant(SubjectType.class, subject, "@subject", rule, location, line, problems);
        List<Parameter<?>> parameters = new ArrayList<>();
        String names = text(rule, "parameters");
        if (names != null && !names.isBlank()) {
            for (String name : names.split("\\s*,\\s*")) {
                Parameter.BUNDLED.stream().filter(p -> p.name().equals(name.strip())).findFirst()
                        .ifPresentOrElse(parameters::add, () -> problems.add(new RuleProblem(location, line,
                                "Rule \"" + rule.getName() + "\" names an unknown parameter \"" + name + "\" in"
                                        + " @parameters; known: " + Parameter.BUNDLED + ".")));
            }
        }
        for (Properties bundle : List.of(vi, en)) {
            String language = bundle == vi ? "vi" : "en";
            boolean any = bundle.stringPropertyNames().stream().anyMatch(k -> k.equals(id) || k.startsWith(id + "."));
            if (!any) {
                problems.add(new RuleProblem(location, line, "Rule \"" + rule.getName() + "\" (" + id + ") has no "
                        + "message in messages_" + language + ".properties beside its .drl file."));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        String area = folder.contains("/") ? folder.substring(folder.lastIndexOf('/') + 1) : folder;
        String quote = Optional.ofNullable(text(rule, "quote")).orElse("");
        return Optional.of(new RuleMeta(rule.getPackageName(), rule.getName(), id, sev, type, area,
                expand(source, sources), quote, List.copyOf(parameters), vi, en, origin, location));
    }

    /** Replaces the short names of the seed articles with their titles and dates. */
    static String expand(String source, Properties sources) {
        Matcher m = SOURCE_NAME.matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(sources.getProperty(m.group(1), m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, String what, Rule rule,
                                                  String location, int line, List<RuleProblem> problems) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new RuleProblem(location, line, "Rule \"" + rule.getName() + "\" has " + what + "(\""
                    + value + "\"); expected one of " + Arrays.toString(type.getEnumConstants()) + "."));
            return null;
        }
    }

    /** A metadata value as text; quoted values lose their quotes. */
    static String text(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            return null;
        }
        String s = value.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static String location(Rule rule, Map<String, String> contentOfLocation) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
            return impl.getResource().getSourcePath();
        }
        // The precompiled rules name no file: theirs is the one that declares them in their package.
        Pattern inPackage = Pattern.compile(
                "(?m)^\\s*package\\s+" + Pattern.quote(rule.getPackageName()) + "\\s*;?\\s*$");
        return contentOfLocation.entrySet().stream()
                .filter(file -> inPackage.matcher(file.getValue()).find() && line(rule, file.getValue()) > 0)
                .map(Map.Entry::getKey).sorted().findFirst().orElse(rule.getPackageName());
    }

    /** The 1-based line of the rule's declaration in its file, or 0 when it cannot be found. */
    private static int line(Rule rule, String content) {
        if (content == null) {
            return 0;
        }
        Matcher m = Pattern.compile("(?m)^\\s*rule\\s+\"?" + Pattern.quote(rule.getName()) + "\"?").matcher(content);
        return m.find() ? (int) content.substring(0, m.start()).lines().count() + 1 : 0;
    }

    private static void load(Properties into, RuleFiles.TextFile file, List<RuleProblem> problems) {
        try {
            into.load(new StringReader(file.content()));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new RuleProblem(file.location(), 0, "Cannot read the properties file: " + e.getMessage()));
        }
    }

    private static String origin(RuleSource source) {
        return source instanceof RuleSource.Directory d ? d.path().toString()
                : "classpath:" + ((RuleSource.Classpath) source).folder();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
