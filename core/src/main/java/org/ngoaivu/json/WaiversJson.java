package org.ngoaivu.json;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.ngoaivu.engine.Subject;
import org.ngoaivu.engine.SubjectType;
import org.ngoaivu.engine.Waiver;
import org.ngoaivu.validation.InvalidDocumentException;
import org.ngoaivu.validation.Problem;

/**
 * Reads a waivers file (miễn trừ), whose contract is {@code org/ngoaivu/schema/waivers.schema.json}:
 *
 * <pre>{@code
 * {
 *   "waivers": [{
 *     "ruleId": "leader-trip-limit",
 *     "subject": { "type": "LEADER", "id": "P01/Nguyễn Văn A" },
 *     "reason": "Chuyến công tác do công việc thật cần thiết",
 *     "approvedBy": "Thủ tướng Chính phủ",
 *     "approvedOn": "2026-03-02",
 *     "expiresOn": "2026-12-31"
 *   }]
 * }
 * }</pre>
 *
 * Whether a waiver matches a finding is decided when a report is made: one that matches nothing is listed as unused.
 */
public final class WaiversJson {
    private WaiversJson() {
    }

    /**
     * The result of reading a waivers file.
     *
     * @param waivers  the waivers, when the input was valid
     * @param problems every problem otherwise, each with its JSON path; empty exactly when {@code waivers} is present
     */
    public record Result(Optional<List<Waiver>> waivers, List<Problem> problems) {
        /**
         * Checks that the result has either waivers or problems.
         *
         * @param waivers  the waivers, when the input was valid
         * @param problems every problem otherwise
         * @throws IllegalArgumentException if it has both or neither
         */
        public Result {
            waivers = Objects.requireNonNull(waivers, "waivers").map(List::copyOf);
            problems = List.copyOf(problems);
            if (waivers.isPresent() == !problems.isEmpty()) {
                throw new IllegalArgumentException("a result has either waivers or problems");
            }
        }

        /** @return whether the waivers could be read */
        public boolean isValid() {
            return waivers.isPresent();
        }

        /**
         * The waivers, or an exception listing every problem.
         *
         * @return the waivers, in the file's order
         * @throws InvalidDocumentException with every problem when the file was not valid
         */
        public List<Waiver> orElseThrow() {
            return waivers.orElseThrow(() -> new InvalidDocumentException(Documents.WAIVERS.en(), problems));
        }
    }

    /**
     * Reads a waivers file.
     *
     * @param file the file, UTF-8
     * @return the waivers or every problem
     */
    public static Result read(Path file) {
        ProblemCollector problems = new ProblemCollector();
        return Documents.readFile(file, Documents.WAIVERS, problems).map(WaiversJson::read)
                .orElseGet(() -> new Result(Optional.empty(), problems.sorted()));
    }

    /**
     * Reads waivers from JSON text.
     *
     * @param json the document
     * @return the waivers or every problem
     */
    public static Result read(String json) {
        ProblemCollector problems = new ProblemCollector();
        Optional<JsonNode> root = Documents.parse(json, Documents.WAIVERS, problems);
        root.ifPresent(r -> Schemas.WAIVERS.validate(r, problems));
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems.sorted());
        }
        List<Waiver> waivers = new ArrayList<>();
        JsonNode items = root.get().path("waivers");
        for (int i = 0; i < items.size(); i++) {
            JsonNode w = items.get(i);
            LocalDate approvedOn = LocalDate.parse(w.path("approvedOn").asText());
            Optional<LocalDate> expiresOn = w.has("expiresOn") ? Optional.of(LocalDate.parse(w.get("expiresOn")
                    .asText())) : Optional.empty();
            if (expiresOn.filter(end -> end.isBefore(approvedOn)).isPresent()) {
                problems.add(JsonPath.child(JsonPath.index(JsonPath.child(JsonPath.ROOT, "waivers"), i),
                        "expiresOn"), "waiver.expiresBeforeApproval", expiresOn.get(), approvedOn);
                continue;
            }
            waivers.add(waiver(w));
        }
        return problems.isEmpty() ? new Result(Optional.of(waivers), List.of())
                : new Result(Optional.empty(), problems.sorted());
    }

    /**
     * A waiver from its JSON object, which the schema has already checked; the JSON report writes them alike.
     *
     * @throws IllegalArgumentException if it expires before it was approved
     */
    static Waiver waiver(JsonNode w) {
        JsonNode subject = w.path("subject");
        return new Waiver(w.path("ruleId").asText(), Subject.of(SubjectType.valueOf(subject.path("type").asText()),
                subject.path("id").asText()), w.path("reason").asText(), w.path("approvedBy").asText(),
                LocalDate.parse(w.path("approvedOn").asText()), w.has("expiresOn")
                        ? Optional.of(LocalDate.parse(w.get("expiresOn").asText())) : Optional.empty());
    }
}
