package org.ngoaivu.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns a file or a text into a JSON tree, or into problems at {@code $}: the size limit counts bytes and is
 * checked before a file is read whole; a UTF-8 byte-order mark is skipped; bytes that are not UTF-8, anything
 * after the root value and strings that are not valid Unicode are problems, each said in plain words.
 */
final class Documents {
    private static final char BOM = '\uFEFF';
    private static final Pattern START_MARKER = Pattern.compile(
            "\\s*\\(start marker at \\[Source:.*?line: (\\d+), column: (\\d+)]\\)");

    private Documents() {
    }

    /**
     * The text of a file, or empty with a problem saying why it cannot be had.
     *
     * @param file     the file
     * @param what     what the file holds, for messages ("dossier")
     * @param problems where problems go
     */
    static Optional<String> readFile(Path file, String what, ProblemCollector problems) {
        try {
            if (Files.isDirectory(file)) {
                problems.add(JsonPath.ROOT, "The " + what + " " + file + " is a folder, not a file.");
                return Optional.empty();
            }
            if (Files.isRegularFile(file) && Files.size(file) > Json.MAX_DOCUMENT_BYTES) {
                problems.add(JsonPath.ROOT, tooLarge(what + " " + file));
                return Optional.empty();
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                // Reads at most one byte more than the limit, so that /dev/zero or a huge file is refused early.
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Json.MAX_DOCUMENT_BYTES + 1));
            }
            if (bytes.length > Json.MAX_DOCUMENT_BYTES) {
                problems.add(JsonPath.ROOT, tooLarge(what + " " + file));
                return Optional.empty();
            }
            return decode(bytes, what, problems);
        } catch (NoSuchFileException e) {
            problems.add(JsonPath.ROOT, "The " + what + " " + file + " does not exist.");
        } catch (AccessDeniedException e) {
            problems.add(JsonPath.ROOT, "The " + what + " " + file + " cannot be read: permission denied.");
        } catch (FileSystemException e) {
            problems.add(JsonPath.ROOT, "The " + what + " " + file + " cannot be read"
                    + Optional.ofNullable(e.getReason()).map(r -> ": " + r.toLowerCase(Locale.ROOT)).orElse("") + ".");
        } catch (IOException | RuntimeException e) {
            problems.add(JsonPath.ROOT, "The " + what + " " + file + " cannot be read"
                    + Optional.ofNullable(e.getMessage()).filter(m -> !m.contains(file.toString()))
                    .map(m -> ": " + m).orElse("") + ".");
        }
        return Optional.empty();
    }

    /** UTF-8 text without its byte-order mark, or a problem naming the first bad byte. */
    private static Optional<String> decode(byte[] bytes, String what, ProblemCollector problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            problems.add(JsonPath.ROOT, String.format(Locale.ROOT,
                    "The %s is not valid UTF-8 text: byte %,d cannot be read; save the file as UTF-8.", what,
                    in.position() + 1));
            return Optional.empty();
        }
        out.flip();
        return Optional.of(out.toString());
    }

    /**
     * The tree of a text, or empty with the problems that kept it from being read.
     *
     * @param text     the document
     * @param what     what it holds, for messages ("dossier", "policy")
     * @param problems where problems go
     */
    static Optional<JsonNode> parse(String text, String what, ProblemCollector problems) {
        Optional<String> json = prepare(text, what, problems);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json.get());
        } catch (JsonProcessingException e) {
            problems.add(JsonPath.ROOT, syntax(what, e));
            return Optional.empty();
        }
        if (root == null || root.isMissingNode()) {
            problems.add(JsonPath.ROOT, "The " + what + " is empty.");
            return Optional.empty();
        }
        long before = problems.size();
        unicode(root, JsonPath.ROOT, problems);
        return problems.size() == before ? Optional.of(root) : Optional.empty();
    }

    /**
     * The text without its byte-order mark, or empty with a problem when it is over the size limit.
     *
     * @param text     the document
     * @param what     what it holds, for messages
     * @param problems where problems go
     */
    static Optional<String> prepare(String text, String what, ProblemCollector problems) {
        String json = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        if (json.length() > Json.MAX_DOCUMENT_BYTES || utf8Length(json) > Json.MAX_DOCUMENT_BYTES) {
            problems.add(JsonPath.ROOT, tooLarge(what));
            return Optional.empty();
        }
        return Optional.of(json);
    }

    /** Strings and keys with a lone surrogate cannot be written back as UTF-8, so they are refused at their path. */
    static void unicode(JsonNode node, String path, ProblemCollector problems) {
        if (node.isTextual()) {
            if (!wellFormed(node.textValue())) {
                problems.add(path, "The text contains an invalid Unicode character (a lone surrogate such as"
                        + " \\ud800).");
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                unicode(node.get(i), JsonPath.index(path, i), problems);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!wellFormed(field.getKey())) {
                    problems.add(path, "A field name contains an invalid Unicode character (a lone surrogate).");
                } else {
                    unicode(field.getValue(), JsonPath.child(path, field.getKey()), problems);
                }
            }
        }
    }

    private static String tooLarge(String what) {
        return "The " + what + " is larger than the limit of " + Json.MAX_DOCUMENT_BYTES / (1024 * 1024) + " MiB.";
    }

    /**
     * Whether a text may hold a lone surrogate, as a character or as a {@code \\u} escape; when it cannot, the
     * walk of {@link #unicode} is left out, which saves a pass over every string of a large document.
     */
    static boolean maySpoilUnicode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) || c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
                return true;
            }
        }
        return false;
    }

    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    static long utf8Length(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    /** Jackson's reason in plain words: no class names, no source descriptions, the limits as numbers. */
    static String syntax(String what, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr() + ", column "
                + at.getColumnNr();
        String reason;
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            reason = limit(original);
        } else if (original.startsWith("Trailing token")) {
            reason = "something follows the end of the document; a file holds one " + what;
        } else {
            Matcher marker = START_MARKER.matcher(original);
            reason = marker.replaceAll(" (opened at line $1, column $2)")
                    .replaceAll("\\s*\\(code \\d+\\)", "")
                    .replaceAll("\\s*\\(for [^)]*\\)", "");
            int source = reason.indexOf("[Source");
            if (source >= 0) {
                reason = reason.substring(0, source).trim();
            }
        }
        return "The " + what + " is not valid JSON" + where + ": " + reason + (reason.endsWith(".") ? "" : ".");
    }

    private static String limit(String message) {
        if (message.contains("nesting depth")) {
            return "it is nested deeper than " + Json.MAX_NESTING_DEPTH + " levels";
        } else if (message.contains("String value length")) {
            return String.format(Locale.ROOT, "a text is longer than %,d characters", Json.MAX_STRING_LENGTH);
        } else if (message.contains("Number value length")) {
            return "a number is longer than " + Json.MAX_NUMBER_LENGTH + " digits";
        } else if (message.contains("Name length")) {
            return String.format(Locale.ROOT, "a field name is longer than %,d characters", Json.MAX_NAME_LENGTH);
        }
        return "it is larger than the limit of " + Json.MAX_DOCUMENT_BYTES / (1024 * 1024) + " MiB";
    }
}
