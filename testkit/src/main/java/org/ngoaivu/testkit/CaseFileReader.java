package org.ngoaivu.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads case files, refusing unknown fields and missing ones with a message that names the place. */
final class CaseFileReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CaseFileReader() {
    }

    /**
     * Reads one case file.
     *
     * @throws IllegalArgumentException when it is not a valid case file (the message names it)
     * @throws IOException              when it cannot be read
     */
    static RuleCaseFile read(Path file, String location) throws IOException {
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            known(root, "the file", Set.of("rule", "description", "cases"));
            List<RuleCase> cases = new ArrayList<>();
            JsonNode list = required(root, "cases", "the file");
            if (!list.isArray()) {
                throw new IllegalArgumentException("\"cases\" must be a list");
            }
            for (JsonNode c : list) {
                cases.add(ruleCase(c));
            }
            return new RuleCaseFile(location, text(required(root, "rule", "the file"), "rule"),
                    root.has("description") ? text(root.get("description"), "description") : "", cases);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException(location + " is not a valid case file: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
    }

    private static RuleCase ruleCase(JsonNode c) {
        known(c, "a case", Set.of("name", "parameters", "dossier", "expect", "expectNot"));
        String name = text(required(c, "name", "a case"), "name");
        String where = "case \"" + name + "\"";
        JsonNode dossier = required(c, "dossier", where);
        Optional<String> parameters = Optional.ofNullable(c.get("parameters"))
                .filter(p -> !p.isNull() && !p.isEmpty()).map(JsonNode::toString);
        return new RuleCase(name, parameters, dossier.toString(), expected(c.get("expect"), where),
                expected(c.get("expectNot"), where));
    }

    private static List<ExpectedFinding> expected(JsonNode list, String where) {
        if (list == null || list.isNull()) {
            return List.of();
        }
        List<ExpectedFinding> out = new ArrayList<>();
        for (JsonNode e : list) {
            known(e, "an expectation of " + where, Set.of("ruleId", "subjectId", "facts"));
            Map<String, String> facts = new LinkedHashMap<>();
            Optional.ofNullable(e.get("facts")).ifPresent(f -> f.properties()
                    .forEach(entry -> facts.put(entry.getKey(), entry.getValue().asText())));
            out.add(new ExpectedFinding(text(required(e, "ruleId", where), "ruleId"),
                    text(required(e, "subjectId", where), "subjectId"), facts));
        }
        return out;
    }

    private static void known(JsonNode node, String what, Set<String> names) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(what + " must be an object");
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!names.contains(field.getKey())) {
                throw new IllegalArgumentException(what + " has an unknown field \"" + field.getKey() + "\"; known: "
                        + new java.util.TreeSet<>(names));
            }
        }
    }

    private static JsonNode required(JsonNode node, String name, String what) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(what + " lacks \"" + name + "\"");
        }
        return value;
    }

    private static String text(JsonNode node, String name) {
        if (!node.isTextual()) {
            throw new IllegalArgumentException("\"" + name + "\" must be a string");
        }
        return node.asText();
    }
}
