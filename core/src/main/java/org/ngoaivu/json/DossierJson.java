package org.ngoaivu.json;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.ngoaivu.model.Agreement;
import org.ngoaivu.model.AgreementActivity;
import org.ngoaivu.model.AnnualPlan;
import org.ngoaivu.model.CooperationProgramme;
import org.ngoaivu.model.CooperationTask;
import org.ngoaivu.model.CoordinationAgreement;
import org.ngoaivu.model.CoordinationPartner;
import org.ngoaivu.model.Delegation;
import org.ngoaivu.model.DelegationMember;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.model.EconomicOfficer;
import org.ngoaivu.model.EconomicSection;
import org.ngoaivu.model.EconomicTeam;
import org.ngoaivu.model.Gateway;
import org.ngoaivu.model.HeadOfMission;
import org.ngoaivu.model.Mission;
import org.ngoaivu.model.MissionType;
import org.ngoaivu.model.PlanSection;
import org.ngoaivu.model.Province;
import org.ngoaivu.model.Report;
import org.ngoaivu.model.ReportAuthorType;
import org.ngoaivu.model.ReportKind;
import org.ngoaivu.model.WorkingVisit;
import org.ngoaivu.model.Website;
import org.ngoaivu.validation.DossierValidator;
import org.ngoaivu.validation.Problem;

/**
 * Reads and writes dossiers in the JSON format of schema version 1. Reading never throws for bad input:
 * the result lists every problem with its JSON path. A missing {@code schemaVersion} means 1; a missing
 * {@code planYear} means the year of {@code asOf}.
 *
 * <p>Structural problems (syntax, types, missing or unknown fields, unknown values) and semantic ones
 * (duplicate ids, unknown references, negative counts, dates out of order) are reported together. When an
 * element cannot be read at all, the semantic checks are left out for that document, since they would
 * speak of an incomplete dossier; fixing the listed problems then shows any that remain.
 */
public final class DossierJson {
    private DossierJson() {
    }

    /** Reads a dossier from JSON text. */
    public static DossierReadResult read(String json) {
        Objects.requireNonNull(json, "json");
        List<Problem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return DossierReadResult.invalid(List.of(new Problem("$", syntax(e))));
        }
        if (root == null || root.isMissingNode()) {
            return DossierReadResult.invalid(List.of(new Problem("$", "The document is empty.")));
        }
        Node top = Node.object(root, "$", problems);
        if (top == null) {
            return DossierReadResult.invalid(problems);
        }
        Reader reader = new Reader(problems);
        Dossier dossier = reader.dossier(top);
        problems.sort(null);
        if (problems.isEmpty() && dossier != null) {
            return DossierReadResult.valid(dossier);
        }
        return DossierReadResult.invalid(problems);
    }

    /** Reads a dossier from a UTF-8 file; a file that cannot be read is a problem at {@code $}. */
    public static DossierReadResult read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return DossierReadResult.invalid(List.of(new Problem("$", "Cannot read the file " + file + ": "
                    + e.getClass().getSimpleName() + " " + e.getMessage())));
        }
        try {
            return read(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return DossierReadResult.invalid(List.of(new Problem("$", "The file " + file
                    + " is not valid UTF-8 text.")));
        }
    }

    /** Writes a dossier as pretty-printed JSON; absent optional values are left out. */
    public static String write(Dossier dossier) {
        return Json.write(DossierWriter.tree(dossier));
    }

    private static String syntax(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return "The document is not valid JSON" + where + ": " + e.getOriginalMessage() + ".";
    }

    /** Reads each part of a dossier, recording problems; remembers whether an element had to be skipped. */
    private static final class Reader {
        private final List<Problem> problems;
        private boolean skipped;

        Reader(List<Problem> problems) {
            this.problems = problems;
        }

        Dossier dossier(Node n) {
            Integer schemaVersion = n.integer("schemaVersion", false);
            var asOf = n.date("asOf", true);
            Integer planYear = n.integer("planYear", false);
            List<Mission> missions = items(n, "missions", this::mission);
            List<Province> provinces = items(n, "provinces", this::province);
            List<AnnualPlan> plans = items(n, "annualPlans", this::plan);
            List<Delegation> delegations = items(n, "delegations", this::delegation);
            List<Agreement> agreements = items(n, "agreements", this::agreement);
            List<CoordinationAgreement> coordination = items(n, "coordinationAgreements", this::coordination);
            List<WorkingVisit> visits = items(n, "workingVisits", this::visit);
            List<CooperationProgramme> programmes = items(n, "cooperationProgrammes", this::programme);
            List<Report> reports = items(n, "reports", this::report);
            n.finish();
            int version = schemaVersion == null ? Dossier.SCHEMA_VERSION : schemaVersion;
            if (!skipped) {
                problems.addAll(DossierValidator.problems(version, missions, provinces, plans, delegations,
                        agreements, coordination, visits, programmes, reports));
            }
            if (!problems.isEmpty() || asOf == null) {
                return null;
            }
            return new Dossier(version, asOf, planYear == null ? asOf.getYear() : planYear, missions, provinces,
                    plans, delegations, agreements, coordination, visits, programmes, reports);
        }

        private <T> List<T> items(Node n, String name, BiFunction<Node, String, T> reader) {
            return n.list(name, false, (json, at) -> element(json, at, reader));
        }

        private <T> T element(JsonNode json, String at, BiFunction<Node, String, T> reader) {
            Node node = Node.object(json, at, problems);
            T value = node == null ? null : reader.apply(node, at);
            if (node != null) {
                node.finish();
            }
            if (value == null) {
                skipped = true;
            }
            return value;
        }

        private static boolean any(Object... values) {
            for (Object v : values) {
                if (v == null) {
                    return true;
                }
            }
            return false;
        }

        Mission mission(Node n, String at) {
            String id = n.text("id", true);
            Optional<String> name = n.optionalText("name");
            MissionType type = n.constant("type", MissionType.class, true);
            String host = n.text("hostCountry", true);
            Integer diplomats = n.integer("diplomatCount", true);
            HeadOfMission head = n.object("headOfMission", (h, p) ->
                    new HeadOfMission(h.optionalText("name"), h.bool("directsEconomicWork")));
            List<EconomicOfficer> officers = n.list("economicOfficers", false, (json, p) -> element(json, p,
                    (o, q) -> {
                        String officer = o.text("name", true);
                        return officer == null ? null : new EconomicOfficer(officer, o.optionalDate("lastEconomicTrainingOn"));
                    }));
            EconomicTeam team = n.object("economicTeam", (t, p) -> new EconomicTeam(t.optionalDate("establishedOn"),
                    new java.util.LinkedHashSet<>(t.constants("sections", EconomicSection.class))));
            Website website = n.object("website", (w, p) -> new Website(w.optionalText("url"), w.bool("unifiedContent")));
            if (any(id, type, host, diplomats)) {
                return null;
            }
            return new Mission(id, name, type, host, diplomats, Optional.ofNullable(head), officers,
                    Optional.ofNullable(team), Optional.ofNullable(website));
        }

        Province province(Node n, String at) {
            String id = n.text("id", true);
            Optional<String> name = n.optionalText("name");
            boolean dofa = n.bool("hasForeignAffairsDepartment");
            List<String> borders = n.texts("borderCountries");
            List<Gateway> gateways = n.constants("internationalGateways", Gateway.class);
            return id == null ? null : new Province(id, name, dofa, new java.util.LinkedHashSet<>(borders),
                    new java.util.LinkedHashSet<>(gateways));
        }

        AnnualPlan plan(Node n, String at) {
            String id = n.text("id", true);
            String province = n.text("provinceId", true);
            Integer year = n.integer("year", true);
            var submitted = n.optionalDate("submittedOn");
            List<PlanSection> sections = n.constants("sections", PlanSection.class);
            List<String> planned = n.texts("plannedDelegationIds");
            return any(id, province, year) ? null
                    : new AnnualPlan(id, province, year, submitted, new java.util.LinkedHashSet<>(sections), planned);
        }

        Delegation delegation(Node n, String at) {
            String id = n.text("id", true);
            String province = n.text("provinceId", true);
            String destination = n.text("destinationCountry", true);
            List<DelegationMember> members = n.list("members", true, (json, p) -> element(json, p, (m, q) -> {
                String name = m.text("name", true);
                return name == null ? null : new DelegationMember(name, m.bool("keyLeader"), m.bool("centrallyManaged"));
            }));
            String leader = n.text("leaderName", true);
            Optional<String> host = n.optionalText("hostPartner");
            Integer items = n.integer("programmeItems", false);
            var approved = n.optionalDate("approvedOn");
            var departed = n.optionalDate("departedOn");
            var returned = n.optionalDate("returnedOn");
            var informed = n.optionalDate("missionInformedOn");
            var reported = n.optionalDate("reportSubmittedOn");
            if (any(id, province, destination, leader)) {
                return null;
            }
            return new Delegation(id, province, destination, members, leader, host, items == null ? 0 : items,
                    approved, departed, returned, informed, reported);
        }

        Agreement agreement(Node n, String at) {
            String id = n.text("id", true);
            String province = n.text("provinceId", true);
            Optional<String> partner = n.optionalText("partner");
            Optional<String> country = n.optionalText("partnerCountry");
            var signed = n.date("signedOn", true);
            var opinion = n.optionalDate("mofaOpinionOn");
            var reported = n.optionalDate("reportedOn");
            List<AgreementActivity> activities = n.list("activities", false, (json, p) -> element(json, p, (a, q) -> {
                var on = a.date("on", true);
                String description = a.text("description", false);
                return on == null ? null : new AgreementActivity(on, description);
            }));
            return any(id, province, signed) ? null
                    : new Agreement(id, province, partner, country, signed, opinion, reported, activities);
        }

        CoordinationAgreement coordination(Node n, String at) {
            String id = n.text("id", true);
            CoordinationPartner partner = n.constant("partner", CoordinationPartner.class, true);
            var signed = n.optionalDate("signedOn");
            Optional<String> focal = n.optionalText("focalAgency");
            List<String> duties = n.texts("responsibilities");
            return any(id, partner) ? null : new CoordinationAgreement(id, partner, signed, focal, duties);
        }

        WorkingVisit visit(Node n, String at) {
            String id = n.text("id", true);
            String province = n.text("provinceId", true);
            var visited = n.date("visitedOn", true);
            var conclusion = n.optionalDate("conclusionIssuedOn");
            Optional<String> programme = n.optionalText("cooperationProgrammeId");
            return any(id, province, visited) ? null : new WorkingVisit(id, province, visited, conclusion, programme);
        }

        CooperationProgramme programme(Node n, String at) {
            String id = n.text("id", true);
            String province = n.text("provinceId", true);
            var issued = n.optionalDate("issuedOn");
            Optional<String> monitoring = n.optionalText("monitoringMechanism");
            List<CooperationTask> tasks = n.list("tasks", false, (json, p) -> element(json, p, (t, q) -> {
                String task = t.text("id", true);
                String description = t.text("description", false);
                var due = t.optionalDate("dueOn");
                var completed = t.optionalDate("completedOn");
                return task == null ? null : new CooperationTask(task, description, due, completed);
            }));
            return any(id, province) ? null : new CooperationProgramme(id, province, issued, monitoring, tasks);
        }

        Report report(Node n, String at) {
            String id = n.text("id", true);
            ReportAuthorType authorType = n.constant("authorType", ReportAuthorType.class, true);
            String author = n.text("authorId", true);
            ReportKind kind = n.constant("kind", ReportKind.class, true);
            Optional<String> title = n.optionalText("title");
            var due = n.date("dueOn", true);
            var submitted = n.optionalDate("submittedOn");
            return any(id, authorType, author, kind, due) ? null
                    : new Report(id, authorType, author, kind, title, due, submitted);
        }
    }
}
