package org.ngoaivu.json;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.ngoaivu.engine.Parameter;
import org.ngoaivu.engine.ParameterSchedule;
import org.ngoaivu.engine.Parameters;
import org.ngoaivu.validation.InvalidDocumentException;
import org.ngoaivu.validation.Problem;
import org.ngoaivu.validation.wording.Wording;

/**
 * Reads a parameters file, whose contract is {@code org/ngoaivu/schema/parameters.schema.json}. Each parameter
 * either has one value for every date, or a list of dated values:
 *
 * <pre>{@code
 * {
 *   "economicTeamThreshold": 7,
 *   "delegationReportDays": [
 *     { "validFrom": "2014-07-21", "value": 15 },
 *     { "validFrom": "2025-01-01", "validUntil": "2025-12-31", "value": 10 }
 *   ]
 * }
 * }</pre>
 *
 * A dated value holds from {@code validFrom} until the next one starts, or until its {@code validUntil}
 * (inclusive); the catalogue's default applies where none holds. Unknown parameters, wrong types, values out
 * of range, bad dates and overlapping periods are all listed, each with its JSON path.
 */
public final class ParametersJson {
    private ParametersJson() {
    }

    /**
     * The result of reading a parameters file.
     *
     * @param schedule the values, when the input was valid
     * @param problems every problem otherwise; empty exactly when {@code schedule} is present
     */
    public record Result(Optional<ParameterSchedule> schedule, List<Problem> problems) {
        /**
         * Checks that the result has either a schedule or problems.
         *
         * @param schedule the parameter values by date, when the input was valid
         * @param problems every problem, each with its JSON path; must be empty exactly when {@code schedule} is
         *                 present
         */
        public Result {
            Objects.requireNonNull(schedule, "schedule");
            problems = List.copyOf(problems);
            if (schedule.isPresent() == !problems.isEmpty()) {
                throw new IllegalArgumentException("a result has either a schedule or problems");
            }
        }

        /** @return whether the parameters could be read */
        public boolean isValid() {
            return schedule.isPresent();
        }

        /**
         * The parameter values, or an exception listing every problem.
         *
         * @return the schedule
         * @throws InvalidDocumentException with every problem when the file was not valid
         */
        public ParameterSchedule orElseThrow() {
            return schedule.orElseThrow(() -> new InvalidDocumentException(Documents.PARAMETERS.en(), problems));
        }
    }

    /**
     * Reads a parameters file.
     *
     * @param file the file, UTF-8
     * @return the values or every problem
     */
    public static Result read(Path file) {
        ProblemCollector problems = new ProblemCollector();
        return Documents.readFile(file, Documents.PARAMETERS, problems).map(ParametersJson::read)
                .orElseGet(() -> new Result(Optional.empty(), problems.sorted()));
    }

    /**
     * Reads parameter values from JSON text.
     *
     * @param json the document
     * @return the values or every problem
     */
    public static Result read(String json) {
        ProblemCollector problems = new ProblemCollector();
        Optional<JsonNode> root = Documents.parse(json, Documents.PARAMETERS, problems);
        if (root.isEmpty()) {
            return new Result(Optional.empty(), problems.sorted());
        }
        // Values with a structural problem are left out; the others are still checked for overlaps.
        java.util.Set<String> broken = new java.util.HashSet<>();
        for (Schemas.Located error : Schemas.PARAMETERS.validate(root.get(), problems)) {
            List<Object> at = error.at();
            broken.add(at.isEmpty() ? "" : String.valueOf(at.get(0)));
            if (at.size() >= 2) {
                broken.add(at.get(0) + "[" + at.get(1) + "]");
            }
        }
        if (broken.contains("")) {
            return new Result(Optional.empty(), problems.sorted());
        }
        Parameters undated = Parameters.defaults();
        ParameterSchedule.Builder schedule = ParameterSchedule.builder();
        for (Map.Entry<String, JsonNode> entry : root.get().properties()) {
            String path = JsonPath.child(JsonPath.ROOT, entry.getKey());
            Optional<Parameter<?>> parameter = Parameter.BUNDLED.stream()
                    .filter(p -> p.name().equals(entry.getKey())).findFirst();
            if (parameter.isEmpty()) {
                continue;   // "$schema", which the schema allows for editors
            }
            JsonNode value = entry.getValue();
            if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
                for (int i = 0; i < value.size(); i++) {
                    if (broken.contains(entry.getKey() + "[" + i + "]")) {
                        continue;
                    }
                    datedValue(schedule, parameter.get(), value.get(i), JsonPath.index(path, i), problems);
                }
            } else if (!broken.contains(entry.getKey())) {
                try {
                    undated = with(undated, parameter.get(), plain(value));
                } catch (IllegalArgumentException e) {
                    problems.add(refused(path, parameter.get(), value, e));
                }
            }
        }
        return problems.isEmpty() ? new Result(Optional.of(schedule.undated(undated).build()), List.of())
                : new Result(Optional.empty(), problems.sorted());
    }

    /**
     * A dated value into the schedule, or a problem: a value the parameter refuses, a period that ends before it
     * starts, or one that overlaps another.
     */
    private static <T> void datedValue(ParameterSchedule.Builder schedule, Parameter<T> parameter, JsonNode json,
                                       String path, ProblemCollector problems) {
        LocalDate from = LocalDate.parse(json.get("validFrom").asText());
        Optional<LocalDate> until = Optional.ofNullable(json.get("validUntil")).map(d -> LocalDate.parse(d.asText()));
        T value;
        try {
            value = parameter.parse(plain(json.get("value")));
        } catch (IllegalArgumentException e) {
            problems.add(refused(path, parameter, json.get("value"), e));
            return;
        }
        try {
            if (until.isPresent()) {
                schedule.value(parameter, from, until.get(), value);
            } else {
                schedule.value(parameter, from, value);
            }
        } catch (IllegalArgumentException e) {
            // The schedule says why in English; the Vietnamese names which of its two checks failed.
            problems.add(until.filter(u -> u.isBefore(from)).isPresent()
                    ? Wording.problem(path, "parameters.periodOrder", until.get(), from, e.getMessage())
                    : Wording.problem(path, "parameters.overlap", parameter.name(), from, e.getMessage()));
        }
    }

    private static Problem refused(String path, Parameter<?> parameter, JsonNode value, IllegalArgumentException e) {
        return Wording.problem(path, "parameters.refused", parameter.name(), value.toString(), sentence(e));
    }

    /** The value as {@link Parameter#parse} takes it: a number, a string or a list of strings. */
    private static Object plain(JsonNode value) {
        try {
            return Json.MAPPER.treeToValue(value, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the value cannot be read", e);
        }
    }

    private static String sentence(IllegalArgumentException e) {
        String m = String.valueOf(e.getMessage());
        return m.endsWith(".") ? m : "Bad value: " + m + ".";
    }

    private static <T> Parameters with(Parameters parameters, Parameter<T> parameter, Object json) {
        return parameters.with(parameter, parameter.parse(json));
    }
}
