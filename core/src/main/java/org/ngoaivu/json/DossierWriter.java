package org.ngoaivu.json;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ngoaivu.model.Dossier;

/** Builds the JSON tree of a dossier in the contract's field order. */
final class DossierWriter {
    private DossierWriter() {
    }

    static ObjectNode tree(Dossier d) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("schemaVersion", d.schemaVersion());
        root.put("asOf", d.asOf().toString());
        root.put("planYear", d.planYear());
        ArrayNode missions = root.putArray("missions");
        d.missions().forEach(m -> {
            ObjectNode o = missions.addObject();
            o.put("id", m.id());
            text(o, "name", m.name());
            o.put("type", m.type().name());
            o.put("hostCountry", m.hostCountry());
            o.put("diplomatCount", m.diplomatCount());
            m.headOfMission().ifPresent(h -> {
                ObjectNode head = o.putObject("headOfMission");
                text(head, "name", h.name());
                head.put("directsEconomicWork", h.directsEconomicWork());
            });
            ArrayNode officers = o.putArray("economicOfficers");
            m.economicOfficers().forEach(e -> {
                ObjectNode officer = officers.addObject();
                officer.put("name", e.name());
                date(officer, "lastEconomicTrainingOn", e.lastEconomicTrainingOn());
            });
            m.economicTeam().ifPresent(t -> {
                ObjectNode team = o.putObject("economicTeam");
                date(team, "establishedOn", t.establishedOn());
                names(team, "sections", t.sections());
            });
            m.website().ifPresent(w -> {
                ObjectNode site = o.putObject("website");
                text(site, "url", w.url());
                site.put("unifiedContent", w.unifiedContent());
            });
        });
        ArrayNode provinces = root.putArray("provinces");
        d.provinces().forEach(p -> {
            ObjectNode o = provinces.addObject();
            o.put("id", p.id());
            text(o, "name", p.name());
            o.put("hasForeignAffairsDepartment", p.hasForeignAffairsDepartment());
            strings(o, "borderCountries", p.borderCountries());
            names(o, "internationalGateways", p.internationalGateways());
        });
        ArrayNode plans = root.putArray("annualPlans");
        d.annualPlans().forEach(p -> {
            ObjectNode o = plans.addObject();
            o.put("id", p.id());
            o.put("provinceId", p.provinceId());
            o.put("year", p.year());
            date(o, "submittedOn", p.submittedOn());
            names(o, "sections", p.sections());
            strings(o, "plannedDelegationIds", p.plannedDelegationIds());
        });
        ArrayNode delegations = root.putArray("delegations");
        d.delegations().forEach(x -> {
            ObjectNode o = delegations.addObject();
            o.put("id", x.id());
            o.put("provinceId", x.provinceId());
            o.put("destinationCountry", x.destinationCountry());
            ArrayNode members = o.putArray("members");
            x.members().forEach(m -> {
                ObjectNode member = members.addObject();
                member.put("name", m.name());
                member.put("keyLeader", m.keyLeader());
                member.put("centrallyManaged", m.centrallyManaged());
            });
            o.put("leaderName", x.leaderName());
            text(o, "hostPartner", x.hostPartner());
            o.put("programmeItems", x.programmeItems());
            date(o, "approvedOn", x.approvedOn());
            date(o, "departedOn", x.departedOn());
            date(o, "returnedOn", x.returnedOn());
            date(o, "missionInformedOn", x.missionInformedOn());
            date(o, "reportSubmittedOn", x.reportSubmittedOn());
        });
        ArrayNode agreements = root.putArray("agreements");
        d.agreements().forEach(a -> {
            ObjectNode o = agreements.addObject();
            o.put("id", a.id());
            o.put("provinceId", a.provinceId());
            text(o, "partner", a.partner());
            text(o, "partnerCountry", a.partnerCountry());
            o.put("signedOn", a.signedOn().toString());
            date(o, "mofaOpinionOn", a.mofaOpinionOn());
            date(o, "reportedOn", a.reportedOn());
            ArrayNode activities = o.putArray("activities");
            a.activities().forEach(act -> activities.addObject().put("on", act.on().toString())
                    .put("description", act.description()));
        });
        ArrayNode coordination = root.putArray("coordinationAgreements");
        d.coordinationAgreements().forEach(c -> {
            ObjectNode o = coordination.addObject();
            o.put("id", c.id());
            o.put("partner", c.partner().name());
            date(o, "signedOn", c.signedOn());
            text(o, "focalAgency", c.focalAgency());
            strings(o, "responsibilities", c.responsibilities());
        });
        ArrayNode visits = root.putArray("workingVisits");
        d.workingVisits().forEach(v -> {
            ObjectNode o = visits.addObject();
            o.put("id", v.id());
            o.put("provinceId", v.provinceId());
            o.put("visitedOn", v.visitedOn().toString());
            date(o, "conclusionIssuedOn", v.conclusionIssuedOn());
            text(o, "cooperationProgrammeId", v.cooperationProgrammeId());
        });
        ArrayNode programmes = root.putArray("cooperationProgrammes");
        d.cooperationProgrammes().forEach(p -> {
            ObjectNode o = programmes.addObject();
            o.put("id", p.id());
            o.put("provinceId", p.provinceId());
            date(o, "issuedOn", p.issuedOn());
            text(o, "monitoringMechanism", p.monitoringMechanism());
            ArrayNode tasks = o.putArray("tasks");
            p.tasks().forEach(t -> {
                ObjectNode task = tasks.addObject();
                task.put("id", t.id());
                task.put("description", t.description());
                date(task, "dueOn", t.dueOn());
                date(task, "completedOn", t.completedOn());
            });
        });
        ArrayNode reports = root.putArray("reports");
        d.reports().forEach(r -> {
            ObjectNode o = reports.addObject();
            o.put("id", r.id());
            o.put("authorType", r.authorType().name());
            o.put("authorId", r.authorId());
            o.put("kind", r.kind().name());
            text(o, "title", r.title());
            o.put("dueOn", r.dueOn().toString());
            date(o, "submittedOn", r.submittedOn());
        });
        return root;
    }

    private static void text(ObjectNode o, String name, Optional<String> value) {
        value.ifPresent(v -> o.put(name, v));
    }

    private static void date(ObjectNode o, String name, Optional<LocalDate> value) {
        value.ifPresent(v -> o.put(name, v.toString()));
    }

    /** Lists keep their order; sets are written sorted, so that equal dossiers give equal bytes. */
    private static void strings(ObjectNode o, String name, Collection<String> values) {
        ArrayNode a = o.putArray(name);
        (values instanceof Set ? values.stream().sorted() : values.stream()).forEach(a::add);
    }

    private static <E extends Enum<E>> void names(ObjectNode o, String name, Collection<E> values) {
        ArrayNode a = o.putArray(name);
        values.stream().sorted().forEach(v -> a.add(v.name()));
    }
}
