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

    /**
     * The subjects of one dossier's facts.
     *
     * @param dossier the dossier whose provinces and missions give the readable names
     */
    public Subjects(Dossier dossier) {
        dossier.provinces().forEach(p -> p.name().ifPresent(n -> provinceNames.put(p.id(), n)));
        dossier.missions().forEach(m -> m.name().ifPresent(n -> missionNames.put(m.id(), n)));
    }

    /**
     * The subject for a dossier fact.
     *
     * @param fact a top-level fact of the dossier (a mission, province, plan, delegation, agreement…)
     * @return its subject, named by its own name or by its province's
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
     * A word a message may use about a dossier fact, by placeholder name, or null when the fact has none:
     * {@code province} (the name of the province it belongs to), {@code destination} (a {@link Country}),
     * {@code partner}, {@code signing}, {@code signedOn}, {@code head}, {@code year}, {@code visitedOn},
     * {@code report}, {@code author}. Words describe the subject; they are not facts the finding records.
     *
     * @param fact a top-level fact of the dossier
     * @param word the placeholder name a message uses
     * @return the word (a name, {@link Country}, date, year or {@link LocalizedText}), or null when the fact has none
     */
    public Object wordAbout(Object fact, String word) {
        if (word.equals("province")) {
            String provinceId = provinceIdOf(fact);
            return provinceId == null ? null : provinceName(provinceId);
        } else if (fact instanceof Mission m) {
            return word.equals("head") ? m.headOfMission().<Object>map(h -> h.name().<Object>map(n -> n)
                    .orElse(NAME_NOT_RECORDED)).orElse(null) : null;
        } else if (fact instanceof AnnualPlan p) {
            return word.equals("year") ? p.year() : null;
        } else if (fact instanceof Delegation d) {
            return word.equals("destination") ? Country.of(d.destinationCountry()) : null;
        } else if (fact instanceof Agreement a) {
            return switch (word) {
                case "partner" -> a.partner().<Object>map(p -> p).orElse(PARTNER_NOT_NAMED);
                case "signedOn" -> a.signedOn();
                default -> null;
            };
        } else if (fact instanceof CoordinationAgreement c) {
            return switch (word) {
                case "partner" -> c.partner();
                case "signing" -> c.signedOn().<Object>map(on -> new LocalizedText("ký ngày " + Dates.vietnamese(on),
                        "of " + Dates.english(on))).orElse(SIGNING_NOT_RECORDED);
                default -> null;
            };
        } else if (fact instanceof WorkingVisit v) {
            return word.equals("visitedOn") ? v.visitedOn() : null;
        } else if (fact instanceof Report r) {
            return switch (word) {
                case "report" -> r.title().<Object>map(t -> t).orElse(r.kind());
                case "author" -> r.authorType() == ReportAuthorType.PROVINCE ? provinceName(r.authorId())
                        : missionNames.getOrDefault(r.authorId(), r.authorId());
                default -> null;
            };
        }
        return null;
    }

    /**
     * A word a message may use about a person: {@code person} or {@code province}; null for any other.
     *
     * @param provinceId the province the person is counted in
     * @param name       the person's name as the dossier writes it
     * @param word       the placeholder name a message uses
     * @return the person's normalised name, the province's name, or null for any other word
     */
    public Object wordAboutPerson(String provinceId, String name, String word) {
        return switch (word) {
            case "person" -> People.normalise(name);
            case "province" -> provinceName(provinceId);
            default -> null;
        };
    }

    /** The id of the province a fact belongs to, or null for a fact of no province. */
    private static String provinceIdOf(Object fact) {
        if (fact instanceof Province p) {
            return p.id();
        } else if (fact instanceof AnnualPlan p) {
            return p.provinceId();
        } else if (fact instanceof Delegation d) {
            return d.provinceId();
        } else if (fact instanceof Agreement a) {
            return a.provinceId();
        } else if (fact instanceof WorkingVisit v) {
            return v.provinceId();
        } else if (fact instanceof CooperationProgramme c) {
            return c.provinceId();
        }
        return null;
    }

    /**
     * What a message calls a cooperation task: its description, or where the dossier gives none, words saying
     * so with the task's id.
     *
     * @param task a task of a cooperation programme (chương trình hợp tác)
     * @return the description in quotation marks, or a {@link LocalizedText} when it is blank
     */
    public static Object taskName(CooperationTask task) {
        return Text.isBlank(task.description()) ? new LocalizedText("nhiệm vụ chưa ghi nội dung (số hiệu " + task.id()
                + ")", "a task with no description (id " + task.id() + ")") : "“" + Text.strip(task.description()) + "”";
    }

    /**
     * The subject for a coordination partner (rule {@code coordination-agreement-coverage}).
     *
     * @param partner the ministry or body MOFA coordinates with
     * @return a {@code PARTNER} subject whose id is the partner's code
     */
    public static Subject partner(CoordinationPartner partner) {
        return Subject.of(SubjectType.PARTNER, partner.name());
    }

    /**
     * The subject for a person who leads or joins delegations, identified within the province.
     *
     * @param provinceId the province the person is counted in
     * @param name       the person's name as the dossier writes it
     * @return a {@code LEADER} subject with id {@code <provinceId>/<name>}, named with the province's name
     */
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
