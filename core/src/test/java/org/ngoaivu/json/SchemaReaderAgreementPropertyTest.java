package org.ngoaivu.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.ngoaivu.validation.Problem;

/**
 * Property: dossiers are generated, then mutated as JSON (wrong types, missing and unknown fields, odd keys,
 * unknown enum values, impossible dates, out-of-range numbers, blank ids, lone surrogates, duplicate ids,
 * dangling references, dates out of order). For each, the published schema and the reader agree: the reader
 * gives a dossier exactly when the schema finds nothing and no semantic check fails, every structural problem
 * of the schema is among the reader's, every problem's path lies in the document, and nothing but problems
 * comes out. A valid dossier writes and reads back equal. CI runs jqwik's default 1,000 tries; run more with
 * {@code -Djqwik.tries.default=100000}. The outcome classes are printed as statistics.
 */
class SchemaReaderAgreementPropertyTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern STEP = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_-]*)|\\['((?:[^'\\\\]|\\\\.)*)']|\\[(\\d+)]");

    @Property(seed = "20261129")
    void schemaAndReaderAgree(@ForAll long seed) {
        Random random = new Random(seed);
        ObjectNode dossier = generate(random);
        int mutations = random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            mutate(dossier, random);
        }
        String text = Json.write(dossier);
        ProblemCollector structural = new ProblemCollector();
        Schemas.DOSSIER.validate(dossier, structural);
        List<Problem> schemaProblems = structural.sorted();
        boolean spoiled = Documents.maySpoilUnicode(text);

        DossierReadResult result = DossierJson.read(text);

        if (result.isValid()) {
            assertThat(schemaProblems).as("the reader accepted what the schema refuses").isEmpty();
            assertThat(DossierJson.read(DossierJson.write(result.orElseThrow())).orElseThrow())
                    .isEqualTo(result.orElseThrow());
        } else {
            assertThat(result.problems()).allSatisfy(p -> {
                assertThat(p.en()).isNotBlank().doesNotContain("Exception").doesNotContain("com.")
                        .doesNotContain("java.");
                assertThat(existsIn(dossier, p)).as("path of " + p).isTrue();
            });
            if (!spoiled && result.problems().size() < ProblemCollector.LIMIT) {
                assertThat(result.problems()).as("every structural problem is reported")
                        .containsAll(schemaProblems);
            }
        }
        Statistics.collect(result.isValid() ? "valid" : schemaProblems.isEmpty() && !spoiled ? "semantic problems only"
                : result.problems().size() > schemaProblems.size() ? "structural and semantic problems"
                : "structural problems only");
    }

    /** Whether a problem's path names a place in the document: the node itself, or for a missing field its parent. */
    private static boolean existsIn(JsonNode root, Problem problem) {
        JsonNode node = root;
        JsonNode parent = null;
        String path = problem.path();
        if (!path.startsWith("$")) {
            return false;
        }
        Matcher m = STEP.matcher(path);
        int at = 1;
        while (at < path.length()) {
            if (!m.find(at) || m.start() != at) {
                return false;
            }
            parent = node;
            if (m.group(3) != null) {
                node = node == null ? null : node.get(Integer.parseInt(m.group(3)));
            } else {
                String key = m.group(1) != null ? m.group(1) : m.group(2).replace("\\'", "'").replace("\\\\", "\\");
                node = node == null ? null : node.get(key);
            }
            at = m.end();
        }
        return node != null || parent != null && problem.en().contains("is missing")
                || parent != null && problem.en().contains("must name its successor");
    }

    private static ObjectNode generate(Random r) {
        ObjectNode d = F.objectNode();
        d.put("schemaVersion", 1).put("asOf", date(r, 2024)).put("planYear", 2024);
        ArrayNode provinces = d.putArray("provinces");
        int count = 1 + r.nextInt(4);
        for (int i = 0; i < count; i++) {
            ObjectNode p = provinces.addObject().put("id", "P" + i).put("name", "Tỉnh " + i)
                    .put("hasForeignAffairsDepartment", r.nextBoolean());
            p.putArray("borderCountries").add("CN");
            p.putArray("internationalGateways").add("AIRPORT");
        }
        ArrayNode missions = d.putArray("missions");
        for (int i = 0; i < r.nextInt(3); i++) {
            ObjectNode m = missions.addObject().put("id", "M" + i).put("type", "EMBASSY").put("hostCountry", "JP")
                    .put("diplomatCount", r.nextInt(20));
            m.putObject("headOfMission").put("name", "Nguyễn Văn A").put("directsEconomicWork", r.nextBoolean());
            m.putArray("economicOfficers").addObject().put("name", "Trần Thị B").put("lastEconomicTrainingOn", date(r, 2022));
            m.putObject("economicTeam").put("establishedOn", date(r, 2010)).putArray("sections").add("COMMERCE");
            m.putObject("website").put("url", "https://example.org").put("unifiedContent", r.nextBoolean());
        }
        ArrayNode plans = d.putArray("annualPlans");
        for (int i = 0; i < count; i++) {
            ObjectNode p = plans.addObject().put("id", "A" + i).put("provinceId", "P" + i).put("year", 2024)
                    .put("submittedOn", date(r, 2023));
            p.putArray("sections").add("ECONOMIC_DIPLOMACY");
            p.putArray("plannedDelegationIds").add("D" + i);
        }
        ArrayNode delegations = d.putArray("delegations");
        for (int i = 0; i < r.nextInt(3); i++) {
            ObjectNode x = delegations.addObject().put("id", "D" + i).put("provinceId", "P" + r.nextInt(count))
                    .put("destinationCountry", "JP");
            x.putArray("members").addObject().put("name", "Lê Văn C").put("keyLeader", true).put("centrallyManaged", false);
            x.put("leaderName", "Lê Văn C").put("programmeItems", r.nextInt(5)).put("departedOn", "2024-03-01")
                    .put("returnedOn", "2024-03-06");
        }
        ArrayNode agreements = d.putArray("agreements");
        ObjectNode a = agreements.addObject().put("id", "G0").put("provinceId", "P0").put("partnerCountry", "LA")
                .put("signedOn", "2022-06-01").put("reportedOn", "2022-06-10");
        a.putArray("activities").addObject().put("on", "2023-04-02").put("description", "Hội chợ");
        d.putArray("coordinationAgreements").addObject().put("id", "C0").put("partner", "TRADE").put("signedOn", "2008-05-01");
        d.putArray("cooperationProgrammes").addObject().put("id", "CP0").put("provinceId", "P0").put("issuedOn", "2023-10-05")
                .putArray("tasks").addObject().put("id", "T0").put("dueOn", "2024-06-30").putNull("completedOn");
        d.putArray("workingVisits").addObject().put("id", "W0").put("provinceId", "P0").put("visitedOn", "2023-09-12")
                .put("cooperationProgrammeId", "CP0");
        d.putArray("reports").addObject().put("id", "R0").put("authorType", "PROVINCE").put("authorId", "P0")
                .put("kind", "PERIODIC").put("dueOn", "2024-06-30");
        return d;
    }

    private static String date(Random r, int year) {
        return String.format("%04d-%02d-%02d", year, 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    /** Changes one value somewhere in the document. */
    private static void mutate(ObjectNode root, Random r) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(root, objects);
        ObjectNode target = objects.get(r.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        String field = names.isEmpty() ? "id" : names.get(r.nextInt(names.size()));
        switch (r.nextInt(16)) {
            case 0 -> target.remove(field);
            case 1 -> target.put(field, 42);
            case 2 -> target.put(field, "text");
            case 3 -> target.putNull(field);
            case 4 -> target.put(List.of("nam", "a.b", "it's", "@class", "submitedOn", "x".repeat(80)).get(r.nextInt(6)), 1);
            case 5 -> target.put(field, List.of("2024-02-30", "0000-01-01", "+999999999-12-31", "2024-1-1").get(r.nextInt(4)));
            case 6 -> target.put(field, List.of(-1, 2_000_000_000, 0).get(r.nextInt(3)));
            case 7 -> target.put(field, new java.math.BigDecimal("1e400"));
            case 8 -> target.put(field, " \u00a0");
            case 9 -> target.put(field, "x\ud800");
            case 10 -> target.put(field, "UNKNOWN_VALUE");
            case 11 -> target.put("id", "P0");
            case 12 -> target.put(field, "ZZ-unknown");
            case 13 -> target.putArray(field).add(F.objectNode());
            case 14 -> target.put("returnedOn", "2020-01-01");
            default -> target.putObject(field);
        }
    }

    private static void collect(JsonNode node, List<ObjectNode> out) {
        if (node instanceof ObjectNode o) {
            out.add(o);
        }
        node.forEach(child -> collect(child, out));
    }
}
