package org.ngoaivu.rules.api;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.ngoaivu.engine.LocalizedText;
import org.ngoaivu.engine.Subject;
import org.ngoaivu.engine.SubjectType;
import org.ngoaivu.model.Agreement;
import org.ngoaivu.model.AnnualPlan;
import org.ngoaivu.model.CooperationProgramme;
import org.ngoaivu.model.CooperationTask;
import org.ngoaivu.model.CoordinationAgreement;
import org.ngoaivu.model.CoordinationPartner;
import org.ngoaivu.model.Delegation;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.model.Mission;
import org.ngoaivu.model.Province;
import org.ngoaivu.model.Report;
import org.ngoaivu.model.ReportAuthorType;
import org.ngoaivu.model.Text;
import org.ngoaivu.model.WorkingVisit;

/**
 * Turns dossier facts into finding subjects with readable names (a mission or province by its own name, what a
 * province owns by the province's name), and gives messages the words that describe a subject: its province,
 * destination, partner, author. Names, never codes: a province without a name is the only case that falls back
 * to its id.
 */
public final class Subjects {
    /** Said where the dossier records a head of mission without a name. */
    private static final LocalizedText NAME_NOT_RECORDED = new LocalizedText("chưa ghi họ tên", "name not recorded");
    /** Said where the dossier names no partner of an international agreement. */
    private static final LocalizedText PARTNER_NOT_NAMED = new LocalizedText("đối tác nước ngoài (chưa ghi tên)",
            "a foreign partner (name not recorded)");
    private static final LocalizedText SIGNING_NOT_RECORDED = new LocalizedText("(chưa ghi ngày ký)",
            "(date of signing not recorded)");

    private final Map<String, String> provinceNames = new HashMap<>();
    private final Map<String, String> missionNames = new HashMap<>();

    /** The subjects of one dossier's facts. */
    public Subjects(Dossier dossier) {
        dossier.provinces().forEach(p -> p.name().ifPresent(n -> provinceNames.put(p.id(), n)));
        dossier.missions().forEach(m -> m.name().ifPresent(n -> missionNames.put(m.id(), n)));
    }

    /**
     * The subject for a dossier fact.
     *
     * @throws IllegalArgumentException for an object that is not a top-level dossier fact
     */
    public Subject of(Object fact) {
        if (fact instanceof Mission m) {
            return Subject.of(SubjectType.MISSION, m.id(), m.name());
        } else if (fact instanceof Province p) {
            return Subject.of(SubjectType.PROVINCE, p.id(), p.name());
        } else if (fact instanceof AnnualPlan p) {
            return Subject.of(SubjectType.ANNUAL_PLAN, p.id(), province(p.provinceId()));
        } else if (fact instanceof Delegation d) {
            return Subject.of(SubjectType.DELEGATION, d.id(), province(d.provinceId()));
        } else if (fact instanceof Agreement a) {
            return Subject.of(SubjectType.AGREEMENT, a.id(), a.partner().map(partner ->
                    province(a.provinceId()).map(n -> n + " – ").orElse("") + partner));
        } else if (fact instanceof CoordinationAgreement c) {
            // Named by the collector from the partner's label, which lives with the messages.
            return Subject.of(SubjectType.COORDINATION_AGREEMENT, c.id());
        } else if (fact instanceof WorkingVisit v) {
            return Subject.of(SubjectType.WORKING_VISIT, v.id(), province(v.provinceId()));
        } else if (fact instanceof CooperationProgramme c) {
            return Subject.of(SubjectType.COOPERATION_PROGRAMME, c.id(), province(c.provinceId()));
        } else if (fact instanceof Report r) {
            return Subject.of(SubjectType.REPORT, r.id(), r.title());
        }
        throw new IllegalArgumentException("not a dossier fact with a subject: " + fact);
    }

    /**
     * The words a message may use about a dossier fact, by placeholder name: {@code province} (the name of the
     * province it belongs to), {@code destination} (a {@link Country}), {@code partner}, {@code signing},
     * {@code head}, {@code visitedOn}, {@code report}, {@code author}, as the fact has them. They describe the
     * subject; they are not facts the finding records.
     */
    public Map<String, Object> wordsAbout(Object fact) {
        Map<String, Object> words = new HashMap<>(4);
        if (fact instanceof Mission m) {
            m.headOfMission().ifPresent(h -> words.put("head", h.name().<Object>map(n -> n).orElse(NAME_NOT_RECORDED)));
        } else if (fact instanceof Province p) {
            words.put("province", provinceName(p.id()));
        } else if (fact instanceof AnnualPlan p) {
            words.put("province", provinceName(p.provinceId()));
            words.put("year", p.year());
        } else if (fact instanceof Delegation d) {
            words.put("province", provinceName(d.provinceId()));
            words.put("destination", Country.of(d.destinationCountry()));
        } else if (fact instanceof Agreement a) {
            words.put("province", provinceName(a.provinceId()));
            words.put("partner", a.partner().<Object>map(p -> p).orElse(PARTNER_NOT_NAMED));
            words.put("signedOn", a.signedOn());
        } else if (fact instanceof CoordinationAgreement c) {
            words.put("partner", c.partner());
            words.put("signing", c.signedOn().<Object>map(on -> new LocalizedText("ký ngày " + Dates.vietnamese(on),
                    "of " + Dates.english(on))).orElse(SIGNING_NOT_RECORDED));
        } else if (fact instanceof WorkingVisit v) {
            words.put("province", provinceName(v.provinceId()));
            words.put("visitedOn", v.visitedOn());
        } else if (fact instanceof CooperationProgramme c) {
            words.put("province", provinceName(c.provinceId()));
        } else if (fact instanceof Report r) {
            words.put("report", r.title().<Object>map(t -> t).orElse(r.kind()));
            words.put("author", r.authorType() == ReportAuthorType.PROVINCE ? provinceName(r.authorId())
                    : missionNames.getOrDefault(r.authorId(), r.authorId()));
        }
        return words;
    }

    /** The words a message may use about a person: {@code person} and {@code province}. */
    public Map<String, Object> wordsAboutPerson(String provinceId, String name) {
        return Map.of("person", People.normalise(name), "province", provinceName(provinceId));
    }

    /**
     * What a message calls a cooperation task: its description, or where the dossier gives none, words saying
     * so with the task's id.
     */
    public static Object taskName(CooperationTask task) {
        return Text.isBlank(task.description()) ? new LocalizedText("nhiệm vụ chưa ghi nội dung (số hiệu " + task.id()
                + ")", "a task with no description (id " + task.id() + ")") : "“" + Text.strip(task.description()) + "”";
    }

    /** The subject for a coordination partner (rule {@code coordination-agreement-coverage}). */
    public static Subject partner(CoordinationPartner partner) {
        return Subject.of(SubjectType.PARTNER, partner.name());
    }

    /** The subject for a person who leads or joins delegations, identified within the province. */
    public Subject leader(String provinceId, String name) {
        return Subject.of(SubjectType.LEADER, People.key(provinceId, name),
                Optional.of(People.normalise(name) + province(provinceId).map(n -> " (" + n + ")").orElse("")));
    }

    private Optional<String> province(String id) {
        return Optional.ofNullable(provinceNames.get(id));
    }

    private String provinceName(String id) {
        return provinceNames.getOrDefault(id, id);
    }
}
