package org.ngoaivu.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.ngoaivu.engine.Parameter;
import org.ngoaivu.engine.Parameters;
import org.ngoaivu.validation.Problem;

/** Reads parameter overrides such as {@code {"economicTeamThreshold": 5}}; every bad entry is listed. */
public final class ParametersJson {
    private ParametersJson() {
    }

    /**
     * The result of reading overrides.
     *
     * @param parameters the defaults with the overrides applied, when the input was valid
     * @param problems   every problem otherwise
     */
    public record Result(Optional<Parameters> parameters, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    public static Result read(String json) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return new Result(Optional.empty(), List.of(new Problem("$", "The parameters are not valid JSON: "
                    + e.getOriginalMessage() + ".")));
        }
        if (root == null || !root.isObject()) {
            return new Result(Optional.empty(), List.of(new Problem("$", "Expected an object of parameter values.")));
        }
        List<Problem> problems = new ArrayList<>();
        Parameters parameters = Parameters.defaults();
        for (var it = root.fields(); it.hasNext(); ) {
            var entry = it.next();
            Optional<Parameter<?>> parameter = Parameter.BUNDLED.stream()
                    .filter(p -> p.name().equals(entry.getKey())).findFirst();
            if (parameter.isEmpty()) {
                problems.add(new Problem("$." + entry.getKey(), "Unknown parameter \"" + entry.getKey()
                        + "\"; known: " + Parameter.BUNDLED + "."));
                continue;
            }
            try {
                parameters = with(parameters, parameter.get(), Json.MAPPER.treeToValue(entry.getValue(), Object.class));
            } catch (IllegalArgumentException | JsonProcessingException e) {
                problems.add(new Problem("$." + entry.getKey(), "Bad value: " + e.getMessage() + "."));
            }
        }
        return problems.isEmpty() ? new Result(Optional.of(parameters), List.of())
                : new Result(Optional.empty(), problems);
    }

    private static <T> Parameters with(Parameters parameters, Parameter<T> parameter, Object json) {
        return parameters.with(parameter, parameter.parse(json));
    }
}
