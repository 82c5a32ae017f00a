package org.ngoaivu.json;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.ngoaivu.engine.Parameter;
import org.ngoaivu.engine.ParameterSchedule;
import org.ngoaivu.engine.Parameters;
import org.ngoaivu.validation.Problem;

/**
 * Reads a parameters file. Each parameter either has one value for every date, or a list of dated values:
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
 * (inclusive); the catalogue's default applies where none holds. Unknown parameters, wrong types, bad dates
 * and overlapping periods are all listed, each with its JSON path.
 */
public final class ParametersJson {
    private ParametersJson() {
    }

    /**
     * The result of reading a parameters file.
     *
     * @param schedule the values, when the input was valid
     * @param problems every problem otherwise
     */
    public record Result(Optional<ParameterSchedule> schedule, List<Problem> problems) {
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
        JsonNode root = Json.objectDocument(json, "parameter values", problems);
        if (root == null) {
            return new Result(Optional.empty(), problems);
        }
        Parameters undated = Parameters.defaults();
        ParameterSchedule.Builder schedule = ParameterSchedule.builder();
        for (var entry : root.properties()) {
            String path = "$." + entry.getKey();
            Optional<Parameter<?>> parameter = Parameter.BUNDLED.stream()
                    .filter(p -> p.name().equals(entry.getKey())).findFirst();
            if (parameter.isEmpty()) {
                problems.add(new Problem(path, "Unknown parameter \"" + entry.getKey() + "\"; known: "
                        + Parameter.BUNDLED + "."));
            } else if (isDated(entry.getValue())) {
                for (int i = 0; i < entry.getValue().size(); i++) {
                    datedValue(schedule, parameter.get(), entry.getValue().get(i), path + "[" + i + "]", problems);
                }
            } else {
                try {
                    undated = with(undated, parameter.get(), Json.MAPPER.treeToValue(entry.getValue(), Object.class));
                } catch (IllegalArgumentException | JsonProcessingException e) {
                    problems.add(new Problem(path, "Bad value: " + e.getMessage() + "."));
                }
            }
        }
        return problems.isEmpty() ? new Result(Optional.of(schedule.undated(undated).build()), List.of())
                : new Result(Optional.empty(), problems);
    }

    /** A list of objects is a list of dated values; a list of strings is the value of a set parameter. */
    private static boolean isDated(JsonNode value) {
        return value.isArray() && !value.isEmpty() && value.get(0).isObject();
    }

    private static void datedValue(ParameterSchedule.Builder schedule, Parameter<?> parameter, JsonNode json,
                                   String path, List<Problem> problems) {
        Node node = Node.object(json, path, problems);
        if (node == null) {
            return;
        }
        LocalDate from = node.date("validFrom", true);
        Optional<LocalDate> until = node.optionalDate("validUntil");
        JsonNode value = node.raw("value", true);
        node.finish();
        if (from == null || value == null || !node.clean()) {
            return;
        }
        try {
            add(schedule, parameter, from, until, Json.MAPPER.treeToValue(value, Object.class));
        } catch (IllegalArgumentException | JsonProcessingException e) {
            problems.add(new Problem(path, e.getMessage().endsWith(".") ? e.getMessage() : "Bad value: " + e.getMessage() + "."));
        }
    }

    private static <T> void add(ParameterSchedule.Builder schedule, Parameter<T> parameter, LocalDate from,
                                Optional<LocalDate> until, Object json) {
        T value = parameter.parse(json);
        if (until.isPresent()) {
            schedule.value(parameter, from, until.get(), value);
        } else {
            schedule.value(parameter, from, value);
        }
    }

    private static <T> Parameters with(Parameters parameters, Parameter<T> parameter, Object json) {
        return parameters.with(parameter, parameter.parse(json));
    }
}
