package org.ngoaivu.json;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.ngoaivu.engine.Policy;
import org.ngoaivu.engine.Severity;
import org.ngoaivu.validation.InvalidDocumentException;
import org.ngoaivu.validation.Problem;

/**
 * Reads a per-rule policy file, whose contract is {@code org/ngoaivu/schema/policy.schema.json}:
 *
 * <pre>{@code
 * {
 *   "disable": ["mission-website"],
 *   "severity": { "report-late": "VIOLATION" }
 * }
 * }</pre>
 *
 * Both fields are optional. Whether the rule ids exist is checked when the engine is built, against the
 * rules it actually loads.
 */
public final class PolicyJson {
    private PolicyJson() {
    }

    /**
     * The result of reading a policy.
     *
     * @param policy   the policy, when the input was valid
     * @param problems every problem otherwise, each with its JSON path; empty exactly when {@code policy} is present
     */
    public record Result(Optional<Policy> policy, List<Problem> problems) {
        /**
         * Checks that the result has either a policy or problems.
         *
         * @param policy   the rules to disable and the severity overrides, when the input was valid
         * @param problems every problem, each with its JSON path; must be empty exactly when {@code policy} is
         *                 present
         */
        public Result {
            Objects.requireNonNull(policy, "policy");
            problems = List.copyOf(problems);
            if (policy.isPresent() == !problems.isEmpty()) {
                throw new IllegalArgumentException("a result has either a policy or problems");
            }
        }

        /** @return whether the policy could be read */
        public boolean isValid() {
            return policy.isPresent();
        }

        /**
         * The policy, or an exception listing every problem.
         *
         * @return the policy
         * @throws InvalidDocumentException with every problem when the file was not valid
         */
        public Policy orElseThrow() {
            return policy.orElseThrow(() -> new InvalidDocumentException(Documents.POLICY.en(), problems));
        }
    }

    /**
     * Reads a policy file.
     *
     * @param file the file, UTF-8
     * @return the policy or every problem
     */
    public static Result read(Path file) {
        ProblemCollector problems = new ProblemCollector();
        return Documents.readFile(file, Documents.POLICY, problems).map(PolicyJson::read)
                .orElseGet(() -> new Result(Optional.empty(), problems.sorted()));
    }

    /**
     * Reads a policy from JSON text.
     *
     * @param json the document
     * @return the policy or every problem
     */
    public static Result read(String json) {
        ProblemCollector problems = new ProblemCollector();
        Optional<JsonNode> root = Documents.parse(json, Documents.POLICY, problems);
        root.ifPresent(r -> Schemas.POLICY.validate(r, problems));
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems.sorted());
        }
        TreeSet<String> disabled = new TreeSet<>();
        root.get().path("disable").forEach(id -> disabled.add(id.asText()));
        Map<String, Severity> severities = new LinkedHashMap<>();
        root.get().path("severity").properties().forEach(e -> severities.put(e.getKey(),
                Severity.valueOf(e.getValue().asText())));
        return new Result(Optional.of(new Policy(disabled, severities)), List.of());
    }
}
