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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import org.ngoaivu.validation.Problem;
import org.ngoaivu.validation.wording.Wording;
import org.ngoaivu.validation.wording.Wording.Phrase;

/**
 * Turns a file or a text into a JSON tree, or into problems at {@code $}: the size limit counts bytes and is
 * checked before a file is read whole; a UTF-8 byte-order mark is skipped; bytes that are not UTF-8, anything
 * after the root value and strings that are not valid Unicode are problems, each said in plain words.
 */
final class Documents {
    private static final char BOM = '\uFEFF';
    /** Where Jackson says the object or array began that a syntax error leaves open or closes wrongly. */
    private static final Pattern START_MARKER = Pattern.compile("\\s*\\((?:start marker at|for \\w+ starting at)"
            + " \\[Source:.*?line: (\\d+), column: (\\d+)]\\)");
    /** Jackson's reasons by kind, each said in Vietnamese by its own words; group 1 is what the words quote. */
    private static final Map<String, Pattern> REASONS = reasons();
    private static final long MAX_MIB = Json.MAX_DOCUMENT_BYTES / (1024 * 1024);

    /** The documents the library reads, as problems name them. */
    static final Phrase DOSSIER = Wording.phrase("document.dossier");
    static final Phrase PARAMETERS = Wording.phrase("document.parameters");
    static final Phrase POLICY = Wording.phrase("document.policy");
    static final Phrase WAIVERS = Wording.phrase("document.waivers");
    static final Phrase REPORT = Wording.phrase("document.report");

    private Documents() {
    }

    /**
     * The text of a file, or empty with a problem saying why it cannot be had.
     *
     * @param file     the file
     * @param what     what the file holds, for messages ("dossier")
     * @param problems where problems go
     */
    static Optional<String> readFile(Path file, Phrase what, ProblemCollector problems) {
        try {
            if (Files.isDirectory(file)) {
                problems.add(JsonPath.ROOT, "file.folder", what, file);
                return Optional.empty();
            }
            if (Files.isRegularFile(file) && Files.size(file) > Json.MAX_DOCUMENT_BYTES) {
                problems.add(tooLarge(what, " " + file));
                return Optional.empty();
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                // Reads at most one byte more than the limit, so that /dev/zero or a huge file is refused early.
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Json.MAX_DOCUMENT_BYTES + 1));
            }
            if (bytes.length > Json.MAX_DOCUMENT_BYTES) {
                problems.add(tooLarge(what, " " + file));
                return Optional.empty();
            }
            return decode(bytes, what, problems);
        } catch (NoSuchFileException e) {
            problems.add(JsonPath.ROOT, "file.missing", what, file);
        } catch (AccessDeniedException e) {
            problems.add(JsonPath.ROOT, "file.denied", what, file);
        } catch (FileSystemException e) {
            // The system's reason is English: the Vietnamese sentence goes without it.
            problems.add(JsonPath.ROOT, "file.unreadable", what, file,
                    Optional.ofNullable(e.getReason()).map(r -> ": " + r.toLowerCase(Locale.ROOT)).orElse(""));
        } catch (IOException | RuntimeException e) {
            problems.add(JsonPath.ROOT, "file.unreadable", what, file, Optional.ofNullable(e.getMessage())
                    .filter(m -> !m.contains(file.toString())).map(m -> ": " + m).orElse(""));
        }
        return Optional.empty();
    }

    /** UTF-8 text without its byte-order mark, or a problem naming the first bad byte. */
    private static Optional<String> decode(byte[] bytes, Phrase what, ProblemCollector problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            problems.add(JsonPath.ROOT, "file.notUtf8", what, Wording.grouped(in.position() + 1L));
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
    static Optional<JsonNode> parse(String text, Phrase what, ProblemCollector problems) {
        Optional<String> json = prepare(text, what, problems);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json.get());
        } catch (JsonProcessingException e) {
            problems.add(syntax(what, e));
            return Optional.empty();
        }
        if (root == null || root.isMissingNode()) {
            problems.add(JsonPath.ROOT, "document.empty", what);
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
    static Optional<String> prepare(String text, Phrase what, ProblemCollector problems) {
        String json = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        if (json.length() > Json.MAX_DOCUMENT_BYTES || utf8Length(json) > Json.MAX_DOCUMENT_BYTES) {
            problems.add(tooLarge(what, ""));
            return Optional.empty();
        }
        return Optional.of(json);
    }

    /** Strings and keys with a lone surrogate cannot be written back as UTF-8, so they are refused at their path. */
    static void unicode(JsonNode node, String path, ProblemCollector problems) {
        if (node.isTextual()) {
            if (!wellFormed(node.textValue())) {
                problems.add(path, "unicode.text");
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                unicode(node.get(i), JsonPath.index(path, i), problems);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!wellFormed(field.getKey())) {
                    problems.add(path, "unicode.name");
                } else {
                    unicode(field.getValue(), JsonPath.child(path, field.getKey()), problems);
                }
            }
        }
    }

    /** The document, with its file's name when it has one ({@code " /path"}), is over the size limit. */
    private static Problem tooLarge(Phrase what, String file) {
        return Wording.problem(JsonPath.ROOT, "file.tooLarge", what, file, MAX_MIB);
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

    /**
     * A syntax error as a problem at {@code $}: where, and why in plain words, with no class names, no source
     * descriptions and the limits as numbers. Jackson's reason is passed on in English; in Vietnamese it is said
     * by its kind.
     */
    static Problem syntax(Phrase what, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        Object where = at == null || at.getLineNr() < 0 ? ""
                : Wording.phrase("syntax.at", at.getLineNr(), at.getColumnNr());
        return Wording.problem(JsonPath.ROOT, "syntax", what, where, reason(what, e));
    }

    private static Phrase reason(Phrase what, JsonProcessingException e) {
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return limit(original);
        } else if (original.startsWith("Trailing token")) {
            return Wording.phrase("syntax.trailing", what);
        }
        Matcher marker = START_MARKER.matcher(original);
        Object opened = marker.find() ? Wording.phrase("syntax.opened", marker.group(1), marker.group(2)) : "";
        String reason = marker.replaceAll("").replaceAll("\\s*\\(code \\d+\\)", "");
        int source = reason.indexOf("[Source");
        if (source >= 0) {
            reason = reason.substring(0, source).trim();
        }
        reason = reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
        for (Map.Entry<String, Pattern> kind : REASONS.entrySet()) {
            Matcher m = kind.getValue().matcher(reason);
            if (m.find()) {
                return Wording.phrase(kind.getKey(), reason, opened, m.groupCount() > 0 ? m.group(1) : "");
            }
        }
        return Wording.phrase("syntax.other", reason, opened, "");
    }

    /** The first pattern that finds its kind wins: a bad number is an unexpected character too. */
    private static Map<String, Pattern> reasons() {
        Map<String, Pattern> kinds = new LinkedHashMap<>();
        kinds.put("syntax.endOfString", Pattern.compile("^Unexpected end-of-input: was expecting closing quote"));
        kinds.put("syntax.endOfInput", Pattern.compile("^Unexpected end-of-input"));
        kinds.put("syntax.duplicate", Pattern.compile("^Duplicate field '(.*)'"));
        kinds.put("syntax.closeMarker", Pattern.compile("^Unexpected close marker '(.)'"));
        kinds.put("syntax.control", Pattern.compile("^Illegal unquoted character"));
        kinds.put("syntax.number", Pattern.compile("in numeric value|^Invalid numeric value|^Non-standard token"));
        kinds.put("syntax.colon", Pattern.compile("^Unexpected character \\('(.+?)'\\): was expecting a colon"));
        kinds.put("syntax.fieldName", Pattern.compile("^Unexpected character \\('(.+?)'\\): was expecting"
                + " double-quote to start field name"));
        kinds.put("syntax.value", Pattern.compile("^Unexpected character \\('(.+?)'\\): expected a valid value"));
        kinds.put("syntax.character", Pattern.compile("^Unexpected character \\('(.+?)'\\)"));
        kinds.put("syntax.token", Pattern.compile("^Unrecognized token '(.*?)'"));
        kinds.put("syntax.escape", Pattern.compile("^Unrecognized character escape '(.*?)'"));
        return Collections.unmodifiableMap(kinds);
    }

    private static Phrase limit(String message) {
        if (message.contains("nesting depth")) {
            return Wording.phrase("syntax.nesting", Json.MAX_NESTING_DEPTH);
        } else if (message.contains("String value length")) {
            return Wording.phrase("syntax.longString", Wording.grouped(Json.MAX_STRING_LENGTH));
        } else if (message.contains("Number value length")) {
            return Wording.phrase("syntax.longNumber", Json.MAX_NUMBER_LENGTH);
        } else if (message.contains("Name length")) {
            return Wording.phrase("syntax.longName", Wording.grouped(Json.MAX_NAME_LENGTH));
        }
        return Wording.phrase("syntax.tooLarge", MAX_MIB);
    }
}
