package org.ngoaivu.json;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.ngoaivu.engine.Policy;
import org.ngoaivu.engine.Severity;
import org.ngoaivu.validation.Problem;

/**
 * Reads a per-rule policy file:
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
     * @param problems every problem otherwise, each with its JSON path
     */
    public record Result(Optional<Policy> policy, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    public static Result read(Path file) {
        List<Problem> problems = new ArrayList<>();
        String text = Json.readFile(file, problems);
        return text == null ? new Result(Optional.empty(), problems) : read(text);
    }

    public static Result read(String json) {
        List<Problem> problems = new ArrayList<>();
        JsonNode root = Json.objectDocument(json, "policy entries", problems);
        if (root == null) {
            return new Result(Optional.empty(), problems);
        }
        Node node = new Node(root, "$", problems);
        List<String> disabled = node.texts("disable");
        Map<String, Severity> severities = new LinkedHashMap<>();
        Map<String, Severity> read = node.object("severity", (child, path) -> {
            Map<String, Severity> out = new LinkedHashMap<>();
            root.get("severity").fieldNames().forEachRemaining(id -> {
                Severity s = child.constant(id, Severity.class, true);
                if (s != null) {
                    out.put(id, s);
                }
            });
            return out;
        });
        if (read != null) {
            severities.putAll(read);
        }
        node.finish();
        return problems.isEmpty() ? new Result(Optional.of(new Policy(new TreeSet<>(disabled), severities)), List.of())
                : new Result(Optional.empty(), problems);
    }
}
