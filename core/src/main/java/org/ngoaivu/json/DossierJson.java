package org.ngoaivu.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ngoaivu.model.Agreement;
import org.ngoaivu.model.AnnualPlan;
import org.ngoaivu.model.CooperationProgramme;
import org.ngoaivu.model.CoordinationAgreement;
import org.ngoaivu.model.Delegation;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.model.Mission;
import org.ngoaivu.model.Province;
import org.ngoaivu.model.Report;
import org.ngoaivu.model.WorkingVisit;
import org.ngoaivu.validation.DocumentLayout;
import org.ngoaivu.validation.DossierValidator;
import org.ngoaivu.validation.InvalidDossierException;

/**
 * Reads and writes dossiers in the JSON format of schema version 1, whose contract is
 * {@code org/ngoaivu/schema/dossier.schema.json} (see {@code docs/dossier-format.md}). Reading never throws for
 * bad input: the result lists every problem with its JSON path. A missing {@code schemaVersion} means 1; a
 * missing {@code planYear} means the year of {@code asOf}.
 *
 * <p>Each element is checked against the schema (types, missing and unknown fields, enum values, ranges) and,
 * when it has no structural problem, bound to its model record; the semantic checks of {@link DossierValidator}
 * (duplicate ids, references, dates in order, the leader among the members) then run on what could be read, so
 * that structural and semantic problems come together. The list stops at 1,000 problems with a count of the
 * rest.
 */
public final class DossierJson {
    /** The collections of a dossier, in the contract's order, with the record each element binds to. */
    private static final Map<String, Class<?>> COLLECTIONS = collections();
    /** Reads one value of a document being streamed; what follows the root value is checked at the end. */
    private static final ObjectReader VALUE = Json.MAPPER.reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private DossierJson() {
    }

    private static Map<String, Class<?>> collections() {
        Map<String, Class<?>> c = new LinkedHashMap<>();
        c.put("missions", Mission.class);
        c.put("provinces", Province.class);
        c.put("annualPlans", AnnualPlan.class);
        c.put("delegations", Delegation.class);
        c.put("agreements", Agreement.class);
        c.put("coordinationAgreements", CoordinationAgreement.class);
        c.put("workingVisits", WorkingVisit.class);
        c.put("cooperationProgrammes", CooperationProgramme.class);
        c.put("reports", Report.class);
        return java.util.Collections.unmodifiableMap(c);
    }

    /**
     * Reads a dossier from JSON text.
     *
     * @param json the document
     * @return the dossier, or every problem found
     */
    public static DossierReadResult read(String json) {
        Objects.requireNonNull(json, "json");
        ProblemCollector problems = new ProblemCollector();
        return Documents.prepare(json, Documents.DOSSIER, problems).map(text -> stream(text, Optional.empty(), problems))
                .orElseGet(() -> DossierReadResult.invalid(problems.sorted()));
    }

    /**
     * Reads a dossier from a UTF-8 file (a byte-order mark is skipped); a file that cannot be read is a problem
     * at {@code $} saying why.
     *
     * @param file the file
     * @return the dossier, or every problem found
     */
    public static DossierReadResult read(Path file) {
        Objects.requireNonNull(file, "file");
        ProblemCollector problems = new ProblemCollector();
        return Documents.readFile(file, Documents.DOSSIER, problems).map(DossierJson::read)
                .orElseGet(() -> DossierReadResult.invalid(problems.sorted()));
    }

    /**
     * Reads a dossier from a UTF-8 file to be judged on another day than its own {@code asOf}. As the contract
     * says, a dossier without {@code planYear} then owes the plans of that day's year; one with a
     * {@code planYear} keeps it. The file's own {@code asOf} must still be valid.
     *
     * @param file the file
     * @param asOf the evaluation date to use instead of the dossier's
     * @return the dossier judged on {@code asOf}, or every problem found
     */
    public static DossierReadResult read(Path file, LocalDate asOf) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(asOf, "asOf");
        ProblemCollector problems = new ProblemCollector();
        return Documents.readFile(file, Documents.DOSSIER, problems)
                .flatMap(text -> Documents.prepare(text, Documents.DOSSIER, problems))
                .map(text -> stream(text, Optional.of(asOf), problems))
                .orElseGet(() -> DossierReadResult.invalid(problems.sorted()));
    }

    /**
     * Writes a dossier as pretty-printed JSON; absent optional values are left out, sets are sorted. What is
     * written reads back as the same dossier.
     *
     * @param dossier the dossier
     * @return the document
     */
    public static String write(Dossier dossier) {
        return Json.writeValue(Objects.requireNonNull(dossier, "dossier"));
    }

    /**
     * Streams the document: each element of a collection is parsed, checked against its schema definition and
     * bound on its own, so that memory holds the model and one element's tree, never the whole document's. The
     * other root fields are gathered in a small tree checked against the whole schema.
     */
    private static DossierReadResult stream(String json, Optional<LocalDate> judgedOn, ProblemCollector problems) {
        ObjectNode rest = Json.MAPPER.createObjectNode();
        Map<String, Collection> read = new LinkedHashMap<>();
        boolean unicode = Documents.maySpoilUnicode(json);
        COLLECTIONS.keySet().forEach(name -> read.put(name, new Collection(name, unicode)));
        ProblemCollector elementProblems = new ProblemCollector();
        try (JsonParser parser = Json.MAPPER.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(JsonPath.ROOT, "document.empty", Documents.DOSSIER);
                return DossierReadResult.invalid(problems.sorted());
            }
            if (first != JsonToken.START_OBJECT) {
                JsonNode root = VALUE.readTree(parser);
                end(parser);
                Schemas.DOSSIER.validate(root, problems);
                return DossierReadResult.invalid(problems.sorted());
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                Collection collection = read.get(name);
                if (parser.nextToken() == JsonToken.START_ARRAY && collection != null) {
                    rest.putArray(name);
                    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                        collection.element(i, VALUE.readTree(parser), elementProblems);
                    }
                } else {
                    rest.set(name, VALUE.readTree(parser));
                }
            }
            end(parser);
        } catch (JsonProcessingException e) {
            // Not JSON: what the elements read so far said is beside the point.
            problems.add(Documents.syntax(Documents.DOSSIER, e));
            return DossierReadResult.invalid(problems.sorted());
        } catch (IOException e) {
            throw new UncheckedIOException("a string cannot fail to be read", e);
        }
        long before = problems.size();
        Documents.unicode(rest, JsonPath.ROOT, problems);
        boolean rootRead = problems.size() == before
                && Schemas.DOSSIER.validate(rest, problems).stream().noneMatch(p -> p.at().size() <= 1);
        problems.addAll(elementProblems);
        if (!problems.isEmpty() || !rootRead) {
            problems.addAll(DossierValidator.problems(list(read, "missions"), list(read, "provinces"),
                    list(read, "annualPlans"), list(read, "delegations"), list(read, "agreements"),
                    list(read, "coordinationAgreements"), list(read, "workingVisits"),
                    list(read, "cooperationProgrammes"), list(read, "reports"), new Layout(read)));
            return DossierReadResult.invalid(problems.sorted());
        }
        LocalDate asOf = judgedOn.orElseGet(() -> LocalDate.parse(rest.get("asOf").asText()));
        int planYear = rest.hasNonNull("planYear") ? rest.get("planYear").intValue() : asOf.getYear();
        try {
            return DossierReadResult.valid(new Dossier(Dossier.SCHEMA_VERSION, asOf, planYear, list(read, "missions"),
                    list(read, "provinces"), list(read, "annualPlans"), list(read, "delegations"),
                    list(read, "agreements"), list(read, "coordinationAgreements"), list(read, "workingVisits"),
                    list(read, "cooperationProgrammes"), list(read, "reports")));
        } catch (InvalidDossierException e) {
            problems.addAll(e.problems());
            return DossierReadResult.invalid(problems.sorted());
        }
    }

    /** Nothing may follow the root value: a second dossier would otherwise be dropped unseen. */
    private static void end(JsonParser parser) throws IOException {
        if (parser.nextToken() != null) {
            throw new JsonParseException(parser, "Trailing token");
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Map<String, Collection> read, String name) {
        return (List<T>) (List<?>) read.get(name).elements;
    }

    /** One collection as it is read: the elements bound, where each stood, and the ids of those not bound. */
    private static final class Collection {
        private final String name;
        private final String definition;
        private final Class<?> type;
        private final List<Object> elements = new ArrayList<>();
        private final List<Integer> positions = new ArrayList<>();
        private final Set<String> unread = new HashSet<>();
        private final boolean checkUnicode;

        Collection(String name, boolean checkUnicode) {
            this.name = name;
            this.checkUnicode = checkUnicode;
            this.type = COLLECTIONS.get(name);
            String simple = type.getSimpleName();
            this.definition = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
        }

        void element(int index, JsonNode element, ProblemCollector problems) {
            long before = problems.size();
            String at = JsonPath.index(JsonPath.child(JsonPath.ROOT, name), index);
            if (checkUnicode) {
                Documents.unicode(element, at, problems);
            }
            if (problems.size() == before) {
                Schemas.DOSSIER.validate(definition, List.of(name, index), element, problems);
            }
            if (problems.size() == before) {
                try {
                    elements.add(Json.BINDING.treeToValue(element, type));
                    positions.add(index);
                    return;
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    // The schema let through what the model refuses: say so rather than drop the element.
                    problems.add(at, "element.unreadable", String.valueOf(e.getMessage()));
                }
            }
            JsonNode id = element.path("id");
            if (id.isTextual()) {
                unread.add(id.asText());
            }
        }
    }

    /** Where the elements read stood in the document, and the ids of those that could not be read. */
    private record Layout(Map<String, Collection> read) implements DocumentLayout {
        @Override
        public int position(String collection, int index) {
            return read.get(collection).positions.get(index);
        }

        @Override
        public Set<String> unreadIds(String collection) {
            return read.get(collection).unread;
        }
    }
}
