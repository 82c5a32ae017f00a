package org.ngoaivu.json;

import java.io.IOException;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one Jackson configuration: strict duplicate keys, nothing after the root value, bounded documents, no
 * type handling. {@link #MAPPER} reads and writes trees; {@link #BINDING} binds the model records, which carry
 * no Jackson annotations.
 */
final class Json {
    /** Limits on untrusted documents; the byte limit is checked before a file is read whole. */
    static final long MAX_DOCUMENT_BYTES = 256L * 1024 * 1024;
    static final int MAX_NESTING_DEPTH = 64;
    static final int MAX_STRING_LENGTH = 1_000_000;
    static final int MAX_NUMBER_LENGTH = 100;
    static final int MAX_NAME_LENGTH = 1_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Jackson's own limit counts characters; ours counts bytes, so it is set above any document we accept.
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(MAX_DOCUMENT_BYTES + 1)
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            .build();

    static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // 1e400 stays the number written, not Infinity, so that messages quote it and ranges judge it.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** Binds model records: Optional and LocalDate as the contract writes them; sets keep document order. */
    static final ObjectMapper BINDING = JsonMapper.builder(FACTORY)
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("ngoaivu-sets")
                    .addAbstractTypeMapping(Set.class, java.util.LinkedHashSet.class)
                    .addSerializer(new SortedSetSerializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS))
            .build();

    private static final DefaultPrettyPrinter PRETTY_PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    private static final ObjectWriter PRETTY = MAPPER.writer(PRETTY_PRINTER);

    private Json() {
    }

    /**
     * Pretty JSON with {@code \n} line endings and a final newline, the same on every platform.
     *
     * @param tree the document
     * @return its text
     */
    static String write(JsonNode tree) {
        try {
            return PRETTY.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /**
     * A value bound from its record, pretty-printed like {@link #write(JsonNode)}; when that would exceed the
     * document limit, written without indentation, so that whatever was read can be written and read back.
     */
    static String writeValue(Object value) {
        try {
            String pretty = BINDING.writer(PRETTY_PRINTER).writeValueAsString(value) + "\n";
            return pretty.length() * 3L <= MAX_DOCUMENT_BYTES || Documents.utf8Length(pretty) <= MAX_DOCUMENT_BYTES ? pretty
                    : BINDING.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a model record always serialises", e);
        }
    }

    /** Sets are written sorted, so that equal dossiers give equal bytes whatever order they were built in. */
    @SuppressWarnings("rawtypes")
    private static final class SortedSetSerializer extends StdSerializer<Set> {
        private static final long serialVersionUID = 1L;

        SortedSetSerializer() {
            super(Set.class);
        }

        @Override
        public void serialize(Set value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartArray();
            for (Object item : value.stream().sorted().toList()) {
                gen.writeString(item instanceof Enum<?> e ? e.name() : item.toString());
            }
            gen.writeEndArray();
        }
    }
}
