package org.ngoaivu.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.ngoaivu.validation.Problem;

/** The one Jackson configuration: strict duplicate keys, bounded documents, tree model only (no type handling). */
final class Json {
    /** Limits on untrusted documents, reported as syntax problems when exceeded. */
    static final int MAX_DOCUMENT_CHARS = 64 * 1024 * 1024;
    static final int MAX_NESTING_DEPTH = 64;
    static final int MAX_STRING_LENGTH = 1_000_000;
    static final int MAX_NUMBER_LENGTH = 100;

    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(MAX_DOCUMENT_CHARS)
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
            .build());

    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private Json() {
    }

    /** Pretty JSON with {@code \n} line endings and a final newline, the same on every platform. */
    /**
     * Parses a small configuration document (parameters, policy) that must be a JSON object; records a
     * problem and returns null when it is not one.
     */
    static JsonNode objectDocument(String json, String what, List<Problem> problems) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            problems.add(new Problem("$", "The " + what + " is not valid JSON: " + e.getOriginalMessage() + "."));
            return null;
        }
        if (root == null || !root.isObject()) {
            problems.add(new Problem("$", "Expected an object of " + what + " but found "
                    + (root == null ? "nothing" : Node.kind(root)) + "."));
            return null;
        }
        return root;
    }

    /** Reads a file as UTF-8 text; records a problem and returns null when it cannot. */
    static String readFile(Path file, List<Problem> problems) {
        try {
            return Files.readString(file);
        } catch (IOException | UncheckedIOException e) {
            problems.add(new Problem("$", "Cannot read " + file + ": " + e.getMessage()));
            return null;
        }
    }

    static String write(JsonNode tree) {
        try {
            return PRETTY.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
