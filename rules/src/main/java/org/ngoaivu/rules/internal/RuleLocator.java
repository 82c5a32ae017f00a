package org.ngoaivu.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.rule.Rule;
import org.mvel2.CompileException;

/**
 * Finds the rule, and the line and column in its {@code .drl} file, that a run-time failure came from.
 * Drools names the rule only for some failures; for the others the locator reads what the failure does
 * carry: the text of the expression that failed (MVEL constraints, {@code from}, {@code accumulate}) or
 * the generated class it ran in ({@code eval}, consequences), and finds that in the rules' own files.
 */
final class RuleLocator {
    /** Drools' "Error evaluating constraint 'x > 1' in [Rule "name" in file.drl]". */
    private static final Pattern CONSTRAINT = Pattern.compile(
            "Error evaluating constraint '(.*)' in \\[Rule \"(.*?)\" in (.*?)]", Pattern.DOTALL);
    /** A rule named in a message: [Rule "name" ...]. */
    private static final Pattern RULE_NAMED = Pattern.compile("\\[Rule \"([^\"]+)\"");
    /** A generated class in a message, e.g. "host.rules.Rule_R11577214015Eval0Invoker@8aed3ce7 : ...". */
    private static final Pattern GENERATED_CLASS = Pattern.compile("([\\w.$]+\\.Rule_\\w+)@[0-9a-f]+");
    private static final Pattern EVAL_PART = Pattern.compile("[Ee]val(\\d+)");
    private static final Pattern EVAL = Pattern.compile("\\beval\\s*\\(");
    private static final Pattern ACCUMULATE = Pattern.compile("\\baccumulate\\s*\\(");
    private static final Pattern THEN = Pattern.compile("^\\s*then\\b");
    private static final Pattern RULE_START = Pattern.compile("^\\s*rule\\s+\"?([^\"]*)\"?");
    private static final Pattern RULE_END = Pattern.compile("^\\s*end\\s*$");

    /**
     * Where a failure lies.
     *
     * @param rule   the rule
     * @param line   1-based line in the rule's file; the rule's first line when nothing closer is known
     * @param column 1-based column, or 0
     * @param code   the expression that failed, when known
     */
    record Place(RuleMeta rule, int line, int column, Optional<String> code) {
        /** {@code file:line:column}, as a rule author's editor reads it. */
        String resource() {
            return rule.location() + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
        }
    }

    /** One rule with its text and the prefix of the classes Drools generated for it. */
    private record Entry(RuleMeta rule, String classPrefix, int firstLine, List<String> lines) {
    }

    private final List<Entry> entries;

    private RuleLocator(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * A locator for the rules of a rule base.
     *
     * @param byRule  the rule base's rules and their metadata
     * @param sources the text of each {@code .drl} file by its location
     */
    static RuleLocator of(Map<Rule, RuleMeta> byRule, Map<String, String> sources) {
        List<Entry> entries = new ArrayList<>();
        byRule.forEach((rule, meta) -> {
            String prefix = rule instanceof RuleImpl impl && impl.getConsequence() != null
                    ? generatedPrefix(impl.getConsequence().getClass().getName()) : "";
            String text = sources.get(meta.location());
            int first = 0;
            List<String> lines = List.of();
            if (text != null) {
                List<String> all = text.lines().toList();
                for (int i = 0; i < all.size() && first == 0; i++) {
                    Matcher m = RULE_START.matcher(all.get(i));
                    if (m.find() && m.group(1).strip().equals(meta.name())) {
                        first = i + 1;
                    }
                }
                int end = first;
                while (first > 0 && end < all.size() && !RULE_END.matcher(all.get(end - 1)).matches()) {
                    end++;
                }
                lines = first == 0 ? List.of() : all.subList(first - 1, end);
            }
            entries.add(new Entry(meta, prefix, first, lines));
        });
        return new RuleLocator(entries);
    }

    /** "pkg.Rule_Name123DefaultConsequenceInvoker" → "pkg.Rule_Name123". */
    private static String generatedPrefix(String consequenceClass) {
        int at = consequenceClass.indexOf("DefaultConsequenceInvoker");
        return at < 0 ? "" : consequenceClass.substring(0, at);
    }

    /** Where a failure thrown while rules ran lies, when anything in it names or shows a rule. */
    Optional<Place> locate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            Throwable cause = t;
            Optional<Place> found = byConstraint(cause).or(() -> byGeneratedClass(cause))
                    .or(() -> cause instanceof CompileException mvel && mvel.getExpr() != null
                            ? byCode(new String(mvel.getExpr())) : Optional.empty())
                    .or(() -> byRuleName(cause));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Drools names the rule, its file and the constraint of a constraint that throws. */
    private Optional<Place> byConstraint(Throwable t) {
        Matcher constraint = CONSTRAINT.matcher(String.valueOf(t.getMessage()));
        if (!constraint.find()) {
            return Optional.empty();
        }
        return entries.stream().filter(e -> e.rule().name().equals(constraint.group(2))
                        && e.rule().location().equals(constraint.group(3)))
                .findFirst().map(e -> place(e, constraint.group(1)));
    }

    /** An {@code eval} or a consequence runs in classes Drools generates for its rule. */
    private Optional<Place> byGeneratedClass(Throwable t) {
        Matcher generated = GENERATED_CLASS.matcher(String.valueOf(t.getMessage()));
        Optional<Place> named = generated.find() ? byClass(generated.group(1), "") : Optional.empty();
        return named.or(() -> Stream.of(t.getStackTrace()).map(f -> byClass(f.getClassName(), f.getMethodName()))
                .flatMap(Optional::stream).findFirst());
    }

    private Optional<Place> byRuleName(Throwable t) {
        Matcher named = RULE_NAMED.matcher(String.valueOf(t.getMessage()));
        return named.find() ? entries.stream().filter(e -> e.rule().name().equals(named.group(1))).findFirst()
                .map(e -> new Place(e.rule(), e.firstLine(), 0, Optional.empty())) : Optional.empty();
    }

    private Optional<Place> byClass(String className, String method) {
        return entries.stream().filter(e -> !e.classPrefix().isEmpty() && generatedBy(className, e.classPrefix()))
                .findFirst().map(e -> new Place(e.rule(), e.firstLine() + partLine(e, className + "#" + method), 0,
                        Optional.empty()));
    }

    /**
     * The line, from the rule's first, of the part a generated class or method runs: the n-th {@code eval},
     * the {@code accumulate}, or the consequence; 0 when it cannot be told.
     */
    private static int partLine(Entry e, String generated) {
        Matcher eval = EVAL_PART.matcher(generated);
        Pattern part = eval.find() ? EVAL : generated.contains("ccumulat") ? ACCUMULATE
                : generated.contains("onsequence") ? THEN : null;
        int nth = part == EVAL ? Integer.parseInt(eval.group(1)) : 0;
        for (int i = 0; part != null && i < e.lines().size(); i++) {
            if (part.matcher(e.lines().get(i)).find() && nth-- == 0) {
                return i;
            }
        }
        return 0;
    }

    /** Whether a class is the rule's own generated class or one of its invokers ({@code Eval0Invoker}, …). */
    private static boolean generatedBy(String className, String prefix) {
        return className.equals(prefix) || className.startsWith(prefix)
                && !Character.isDigit(className.charAt(prefix.length()))
                && !Character.isLowerCase(className.charAt(prefix.length()));
    }

    /** The one rule whose text holds the expression; several would leave the failure ambiguous. */
    private Optional<Place> byCode(String code) {
        List<Place> found = entries.stream().map(e -> place(e, code)).filter(p -> p.column() > 0).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The expression's line and column within the rule, or the rule's first line when it is not found. */
    private static Place place(Entry e, String code) {
        String wanted = squeeze(code);
        for (int i = 0; i < e.lines().size() && !wanted.isEmpty(); i++) {
            String line = e.lines().get(i);
            int at = line.indexOf(code.strip());
            if (at < 0 && squeeze(line).contains(wanted)) {
                at = line.indexOf(code.strip().split("\\s+")[0]);
            }
            if (at >= 0) {
                return new Place(e.rule(), e.firstLine() + i, at + 1, Optional.of(code.strip()));
            }
        }
        return new Place(e.rule(), e.firstLine(), 0, Optional.of(code.strip()));
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
