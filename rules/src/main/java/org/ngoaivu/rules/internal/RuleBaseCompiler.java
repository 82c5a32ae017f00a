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
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.conf.ConstraintJittingThresholdOption;
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

    // "Rule_x_1234.java (8:345) : message" in consequence compile errors: keep only the message.
    private static final Pattern GENERATED_JAVA = Pattern.compile("\\S+\\.java \\(\\d+:\\d+\\) : ?");
    private static final Pattern IMPORT_NAMED = Pattern.compile("^" + PlainWords.CANNOT_IMPORT + " \"([^\"]+)\"");
    private static final Pattern RULE_DECLARATION = Pattern.compile("^\\s*rule\\s");
    private static final Pattern ID = Pattern.compile("@id\\(\\s*\"([^\"]+)\"");
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
        KnowledgeBuilder builder = newBuilder();
        // The bundled rules as compiled when the library was built, if they match the files on the classpath.
        Optional<Collection<KiePackage>> precompiled = !usePrecompiled ? Optional.empty()
                : read.packs().stream().filter(p -> p.origin().equals(BUNDLED)).findFirst()
                        .flatMap(bundled -> PrecompiledRules.load(bundled.hash()));

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
                                add(builder, file);
                            }
                        }
                    }
                }
            }
        }
        List<RuleProblem> compileErrors = new ArrayList<>();
        for (KnowledgeBuilderResult error : builder.getErrors()) {
            RuleProblem p = problem(error, contentOfLocation);
            if (compileErrors.stream().noneMatch(o -> o.toString().equals(p.toString()))) {
                compileErrors.add(p);
            }
        }
        // After a syntax error Drools adds "Parser returned a null Package" for the same file, and after a bad
        // import an error for every use of the type it did not import: noise that hides the cause.
        for (RuleProblem p : compileErrors) {
            boolean followOn = p.message().startsWith("Parser returned a null Package") && compileErrors.stream()
                    .anyMatch(o -> o != p && o.resource().equals(p.resource()));
            boolean afterMissingType = compileErrors.stream()
                    .anyMatch(o -> o.resource().equals(p.resource()) && PlainWords.followsFrom(p.message(), o.message()));
            if (!followOn && !afterMissingType) {
                problems.add(p);
            }
        }
        if (!problems.isEmpty()) {
            throw new RulePackException("The rules do not compile", problems);
        }

        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(kieBaseConfiguration());
        precompiled.ifPresent(kieBase::addPackages);
        kieBase.addPackages(builder.getKnowledgePackages());
        Map<Rule, RuleMeta> byRule = new IdentityHashMap<>();
        Map<String, RuleMeta> byId = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String location = location(rule);
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
        // The bundled rules, as precompiled, were probed when the library was built (RuleProbeTest).
        boolean onlyPrecompiled = precompiled.isPresent() && read.packs().size() == 1;
        List<RuleProblem> cannotRun = onlyPrecompiled ? List.of() : RuleProbe.check(ruleBase);
        if (!cannotRun.isEmpty()) {
            throw new RulePackException("The rules compile but cannot run", cannotRun);
        }
        return ruleBase;
    }

    /**
     * A builder with the options every rule base is built with. Property reactivity is only allowed, not
     * always on: facts are immutable records that no rule modifies, so class reactivity costs nothing, and
     * Drools no longer warns about every constraint that reads the {@code evaluation} global.
     */
    static KnowledgeBuilder newBuilder() {
        KnowledgeBuilderConfiguration configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        configuration.setOption(PropertySpecificOption.ALLOWED);
        return KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
    }

    /**
     * Constraints are never compiled to bytecode: Drools compiles one in a background thread after 20
     * evaluations and logs a warning for each it cannot compile (for instance one that reads a value out of
     * an {@code Optional}). Interpreted, the bundled rules evaluate as fast (docs/rule-authoring.md).
     */
    private static KieBaseConfiguration kieBaseConfiguration() {
        KieBaseConfiguration configuration = KieServices.get().newKieBaseConfiguration();
        configuration.setOption(ConstraintJittingThresholdOption.get(-1));
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

    private static String location(Rule rule) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
            return impl.getResource().getSourcePath();
        }
        return rule.getPackageName();
    }

    /** The 1-based line of the rule's declaration in its file, or 0 when it cannot be found. */
    private static int line(Rule rule, String content) {
        if (content == null) {
            return 0;
        }
        Matcher m = Pattern.compile("(?m)^\\s*rule\\s+\"?" + Pattern.quote(rule.getName()) + "\"?").matcher(content);
        return m.find() ? (int) content.substring(0, m.start()).lines().count() + 1 : 0;
    }

    /** A compile error in plain words, at its file, line and column, with the id of the rule it lies in. */
    private static RuleProblem problem(KnowledgeBuilderResult error, Map<String, String> contentOfLocation) {
        String location = error.getResource() == null || error.getResource().getSourcePath() == null
                ? "(unknown file)" : error.getResource().getSourcePath();
        int[] lines = error.getLines();
        int line = lines == null || lines.length == 0 ? 0 : Math.max(0, lines[0]);
        String raw = GENERATED_JAVA.matcher(error.getMessage()).replaceAll("").strip();
        Optional<String> code = PlainWords.analysedCode(raw);
        String content = contentOfLocation.getOrDefault(location, "");
        List<String> fileLines = content.lines().toList();
        int column = error instanceof ParserError parsed ? Math.max(0, parsed.getCol()) + 1 : 0;
        if (code.isPresent() && line > 0 && line <= fileLines.size()) {
            int at = fileLines.get(line - 1).indexOf(code.get());
            column = at < 0 ? column : at + 1;
        }
        String message = PlainWords.compileError(raw, code);
        Matcher imported = IMPORT_NAMED.matcher(message);
        if (imported.find()) {
            // Drools puts a bad import on the package's first line.
            String statement = "import " + imported.group(1);
            for (int i = 0; i < fileLines.size(); i++) {
                if (fileLines.get(i).strip().startsWith(statement)) {
                    line = i + 1;
                    column = fileLines.get(i).indexOf(statement) + 1;
                }
            }
        }
        if (error instanceof ParserError && line > 1 && line <= fileLines.size() && column > 0
                && column - 1 <= fileLines.get(line - 1).length()
                && fileLines.get(line - 1).substring(0, column - 1).isBlank()) {
            // The parser notices a missing ")" or "," only at the next line's first token: point to where it is missing.
            int previous = line - 1;
            while (previous > 1 && fileLines.get(previous - 1).isBlank()) {
                previous--;
            }
            message += " Line " + line + " starts with it, so line " + previous + " most likely lacks its end: a \")\","
                    + " \",\" or \"end\"?";
            line = previous;
            column = fileLines.get(previous - 1).stripTrailing().length() + 1;
        }
        return new RuleProblem(location, line, column, ruleIdAt(fileLines, line), message);
    }

    /** The {@code @id} of the rule whose text holds a line, read from the file as written. */
    private static Optional<String> ruleIdAt(List<String> fileLines, int line) {
        for (int i = Math.min(line, fileLines.size()) - 1; i >= 0; i--) {
            if (RULE_DECLARATION.matcher(fileLines.get(i)).find()) {
                for (int j = i; j < fileLines.size() && (j == i || !RULE_DECLARATION.matcher(fileLines.get(j)).find()); j++) {
                    Matcher id = ID.matcher(fileLines.get(j));
                    if (id.find()) {
                        return Optional.of(id.group(1));
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
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
