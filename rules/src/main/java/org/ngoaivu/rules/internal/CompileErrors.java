package org.ngoaivu.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.ngoaivu.engine.RuleProblem;

/**
 * The DRL compiler's errors as a rule author reads them: at the file, line and column where the mistake
 * is, with the id of the rule it lies in, in plain words, and without the errors that only follow from
 * another (a bad import makes every use of its type an error too).
 */
final class CompileErrors {
    // "Rule_x_1234.java (8:345) : message" in consequence compile errors: keep only the message.
    private static final Pattern GENERATED_JAVA = Pattern.compile("\\S+\\.java \\(\\d+:\\d+\\) : ?");
    private static final Pattern IMPORT_NAMED = Pattern.compile("^" + PlainWords.CANNOT_IMPORT + " \"([^\"]+)\"");
    private static final Pattern RULE_DECLARATION = Pattern.compile("^\\s*rule\\s");
    private static final Pattern ID = Pattern.compile("@id\\(\\s*\"([^\"]+)\"");

    private CompileErrors() {
    }

    /**
     * Every error once, in plain words, without those that follow from another.
     *
     * @param errors            the compiler's errors
     * @param contentOfLocation the text of each {@code .drl} file by its location
     */
    static List<RuleProblem> of(Iterable<? extends KnowledgeBuilderResult> errors, Map<String, String> contentOfLocation) {
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleProblem> compileErrors = new ArrayList<>();
        for (KnowledgeBuilderResult error : errors) {
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
        return problems;
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

}
