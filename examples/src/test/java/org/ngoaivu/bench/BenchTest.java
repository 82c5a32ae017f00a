package org.ngoaivu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The benchmark's contract: its last line is one JSON object with every figure. Timings are not judged here. */
class BenchTest {

    @Test
    void lastLineIsOneJsonObjectWithEveryFigure() throws Exception {
        StringWriter out = new StringWriter();
        int code = Bench.run(new String[] {"--facts", "500", "--runs", "1", "--warmup", "1"}, new PrintWriter(out));
        assertThat(code).isZero();
        List<String> lines = out.toString().lines().toList();
        JsonNode figures = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(figures.properties()).extracting(e -> e.getKey()).containsExactly("facts", "rules",
                "kieBaseBuildMs", "droolsMsMedian", "referenceMsMedian", "ratio", "droolsMatchingMsMedian",
                "referenceMatchingMsMedian", "matchingRatio", "findings", "identical");
        assertThat(figures.get("identical").asBoolean()).isTrue();
        assertThat(figures.get("ratio").asDouble()).isPositive();
        assertThat(figures.get("matchingRatio").asDouble()).isPositive();
        assertThat(figures.get("facts").asInt()).isBetween(300, 800);
        assertThat(figures.get("rules").asInt()).isEqualTo(29);
        assertThat(figures.get("findings").asInt()).isPositive();
    }

    @Test
    void streamedRunsBuildTheSameFindingsOnBothSides() throws Exception {
        assertThat(lastLine("--facts", "500", "--runs", "1", "--warmup", "1", "--stream").get("identical").asBoolean())
                .isTrue();
    }

    @Test
    void minHeapFindsTheSmallestHeapThatCompletes() throws Exception {
        JsonNode figures = lastLine("--facts", "200", "--min-heap");
        assertThat(figures.properties()).extracting(e -> e.getKey()).containsExactly("facts", "stream", "minHeapMb");
        // Above the least heap tried (a rule base does not fit in 8 MB), below the most.
        assertThat(figures.get("minHeapMb").asInt()).isBetween(9, 8_191);
    }

    @Test
    void linearComparesCpuPerFactOnTwoSizes() throws Exception {
        JsonNode figures = lastLine("--facts", "100", "--linear", "--runs", "1", "--warmup", "1");
        assertThat(figures.properties()).extracting(e -> e.getKey()).containsExactly("facts", "largeFacts",
                "cpuNsPerFact", "largeCpuNsPerFact", "perFactRatio");
        assertThat(figures.get("largeFacts").asInt()).isGreaterThan(5 * figures.get("facts").asInt());
        assertThat(figures.get("perFactRatio").asDouble()).isPositive();
    }

    private static JsonNode lastLine(String... args) throws Exception {
        StringWriter out = new StringWriter();
        assertThat(Bench.run(args, new PrintWriter(out))).isZero();
        List<String> lines = out.toString().lines().toList();
        return new ObjectMapper().readTree(lines.get(lines.size() - 1));
    }
}
