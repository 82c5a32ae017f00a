package org.ngoaivu.rules.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drools.util.StringUtils;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.rules.api.Evaluation;

/**
 * Says Drools' and MVEL's errors in a rule author's words: what is wrong and, for a misspelt field,
 * method or fact type, the nearest right name. Never a Drools, MVEL or generated class name.
 */
final class PlainWords {
    /** The fact types a rule matches on: the dossier's records and the evaluation. */
    private static final List<String> FACT_TYPES = Stream.concat(Arrays.stream(Dossier.class.getRecordComponents())
                    .map(RecordComponent::getGenericType).filter(ParameterizedType.class::isInstance)
                    .map(t -> (Class<?>) ((ParameterizedType) t).getActualTypeArguments()[0]),
            Stream.of(Evaluation.class)).map(Class::getSimpleName).toList();

    private static final Pattern STRICT_MODE = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w.$]+)'");
    private static final Pattern UNKNOWN_IMPORT = Pattern.compile("(?:Error importing|Unable to (?:resolve|find)"
            + " class|Unable to import)\\W+([\\w.$]+)", Pattern.CASE_INSENSITIVE);
    /** The DRL parser's "[ERR 102] Line 8:2 mismatched input 'Mission' in rule "R1"". */
    static final Pattern MISMATCHED = Pattern.compile("\\[ERR \\d+] Line \\d+:\\d+ (mismatched input|extraneous input|"
            + "no viable alternative at input|missing \\S+ at) '?(.*?)'?(?: expecting .*?)?(?: in rule \"[^\"]*\")?$",
            Pattern.DOTALL);
    private static final Pattern ANALYSE = Pattern.compile("Unable to Analyse Expression (.*?):\\s*\\[Error",
            Pattern.DOTALL);
    /** MVEL's "[Near : {... x ....}]", its caret line, "[Line: 1, Column: 17]" and Drools' "In EvaluationContext [...]". */
    private static final Pattern NOISE = Pattern.compile("\\[Near : \\{.*?}]|\\n\\s*\\^|\\[Line: \\d+, Column: \\d+]"
            + "|In EvaluationContext \\[.*$", Pattern.DOTALL);
    /** Drools', MVEL's and reflection's classes, and the classes Drools generates for a rule ({@code Rule_x123…}). */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:(?:org\\.(?:drools|kie|mvel2|antlr)|java\\.lang\\.reflect)\\.[\\w.$]+|(?:[\\w$]+\\.)*Rule_\\w+)"
                    + "(?:@[0-9a-f]+)?\\s*:?\\s*");
    private static final double SIMILAR = 0.5;
    /** How the message of a bad import starts. */
    static final String CANNOT_IMPORT = "Cannot import";
    private static final String UNKNOWN_FACT_TYPE = "Unknown fact type";
    private static final String JAVA_ERROR = "Rule Compilation error";
    private static final String CONSEQUENCE_ERROR = "The consequence does not compile: ";

    private PlainWords() {
    }

    /**
     * What a compile error means, in plain words.
     *
     * @param message the compiler's message
     * @param code    the expression Drools names, when it names one
     */
    static String compileError(String message, Optional<String> code) {
        Matcher strict = STRICT_MODE.matcher(message);
        if (strict.find()) {
            String type = simpleName(strict.group(1));
            String member = strict.group(2);
            return type + " has no field or method \"" + member + "\"" + suggestion(member, members(strict.group(1)))
                    + code.map(c -> " In: " + c).orElse("");
        }
        Matcher unknownType = UNKNOWN_TYPE.matcher(message);
        if (unknownType.find()) {
            String name = unknownType.group(1);
            return UNKNOWN_FACT_TYPE + " \"" + name + "\"" + suggestion(simpleName(name),
                    FACT_TYPES)
                    + " Import it (the dossier's types are in org.ngoaivu.model).";
        }
        Matcher unknownImport = UNKNOWN_IMPORT.matcher(message);
        if (unknownImport.find()) {
            String name = unknownImport.group(1);
            return CANNOT_IMPORT + " \"" + name + "\": no such class" + suggestion(simpleName(name),
                    FACT_TYPES);
        }
        if (message.startsWith(JAVA_ERROR)) {
            return CONSEQUENCE_ERROR + clean(message.substring(JAVA_ERROR.length()));
        }
        Matcher syntax = MISMATCHED.matcher(message.strip());
        if (syntax.find()) {
            return syntax.group(1).startsWith("missing")
                    ? "Syntax error: " + syntax.group(1).replace(" at", "").strip() + " before \"" + syntax.group(2).strip() + "\"."
                    : "Syntax error: \"" + syntax.group(2).strip() + "\" cannot come here.";
        }
        return clean(message);
    }

    /** The expression a compile error names ("Unable to Analyse Expression x > 1: ..."), if it names one. */
    static Optional<String> analysedCode(String message) {
        Matcher analyse = ANALYSE.matcher(message);
        return analyse.find() ? Optional.of(analyse.group(1).strip()) : Optional.empty();
    }

    /**
     * Whether one problem of a file follows from another and only hides it: after a bad import, the fact
     * type it did not import is unknown; after an unknown fact type, the consequence cannot use its variable.
     */
    static boolean followsFrom(String plainMessage, String other) {
        return rank(plainMessage) >= 0 && rank(other) > rank(plainMessage);
    }

    private static int rank(String plainMessage) {
        return plainMessage.startsWith(CANNOT_IMPORT) ? 2 : plainMessage.startsWith(UNKNOWN_FACT_TYPE) ? 1
                : plainMessage.startsWith(CONSEQUENCE_ERROR) ? 0 : -1;
    }

    /** A failure's reason: the deepest cause, with its Java type when that helps an author. */
    static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = clean(String.valueOf(root.getMessage()));
        String type = root.getClass().getName();
        boolean engineType = type.startsWith("org.drools") || type.startsWith("org.mvel2") || type.startsWith("org.kie");
        return engineType ? text : root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + text);
    }

    /** An error message without MVEL's position markers and without Drools, MVEL or generated class names. */
    static String clean(String message) {
        Matcher analyse = ANALYSE.matcher(message);
        String text = analyse.find() ? message.substring(analyse.end() - "[Error".length()) : message;
        text = NOISE.matcher(text).replaceAll(" ");
        text = CLASS_NAME.matcher(text).replaceAll("");
        text = text.replace("[Error: ", "").replaceAll("\\s+", " ").strip();
        if (text.endsWith("]") && !text.contains("[")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }

    /** The names a rule can read on a fact type: record components and public methods without arguments. */
    private static Collection<String> members(String className) {
        try {
            Class<?> type = Class.forName(className, false, PlainWords.class.getClassLoader());
            TreeSet<String> names = new TreeSet<>();
            if (type.isRecord()) {
                Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(names::add);
            }
            for (Method m : type.getMethods()) {
                if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                        && m.getDeclaringClass() != Object.class) {
                    names.add(m.getName());
                }
            }
            return names;
        } catch (ClassNotFoundException | LinkageError notOurs) {
            return List.of();
        }
    }

    /** "; did you mean "x"?" for the most similar candidate, or a full stop when none is close. */
    static String suggestion(String wrong, Collection<String> candidates) {
        return candidates.stream().filter(c -> !c.equals(wrong))
                .max(Comparator.comparingDouble(c -> similarity(wrong, c)))
                .filter(c -> similarity(wrong, c) >= SIMILAR)
                .map(c -> "; did you mean \"" + c + "\"?").orElse(".");
    }

    private static double similarity(String a, String b) {
        return StringUtils.stringSimilarity(a.toLowerCase(java.util.Locale.ROOT), b.toLowerCase(java.util.Locale.ROOT),
                StringUtils.SIMILARITY_STRATS.DICE);
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
