package org.ngoaivu.rules.api;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.ngoaivu.engine.Subject;
import org.ngoaivu.engine.SubjectType;
import org.ngoaivu.model.Agreement;
import org.ngoaivu.model.AnnualPlan;
import org.ngoaivu.model.CooperationProgramme;
import org.ngoaivu.model.CoordinationAgreement;
import org.ngoaivu.model.CoordinationPartner;
import org.ngoaivu.model.Delegation;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.model.Mission;
import org.ngoaivu.model.Province;
import org.ngoaivu.model.Report;
import org.ngoaivu.model.WorkingVisit;

/**
 * Turns dossier facts into finding subjects with readable names: a mission or province by its own name,
 * a plan, delegation, agreement, visit or programme by its province's name.
 */
public final class Subjects {
    private final Map<String, String> provinceNames = new HashMap<>();

    public Subjects(Dossier dossier) {
        dossier.provinces().forEach(p -> p.name().ifPresent(n -> provinceNames.put(p.id(), n)));
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
            return Subject.of(SubjectType.ANNUAL_PLAN, p.id(), province(p.provinceId()).map(n -> n + " " + p.year()));
        } else if (fact instanceof Delegation d) {
            return Subject.of(SubjectType.DELEGATION, d.id(),
                    province(d.provinceId()).map(n -> n + " → " + d.destinationCountry()));
        } else if (fact instanceof Agreement a) {
            return Subject.of(SubjectType.AGREEMENT, a.id(), a.partner().map(partner ->
                    province(a.provinceId()).map(n -> n + " – ").orElse("") + partner));
        } else if (fact instanceof CoordinationAgreement c) {
            return Subject.of(SubjectType.COORDINATION_AGREEMENT, c.id(), Optional.of(c.partner().name()));
        } else if (fact instanceof WorkingVisit v) {
            return Subject.of(SubjectType.WORKING_VISIT, v.id(), province(v.provinceId()).map(n -> n + " " + v.visitedOn()));
        } else if (fact instanceof CooperationProgramme c) {
            return Subject.of(SubjectType.COOPERATION_PROGRAMME, c.id(), province(c.provinceId()));
        } else if (fact instanceof Report r) {
            return Subject.of(SubjectType.REPORT, r.id(), r.title());
        }
        throw new IllegalArgumentException("not a dossier fact with a subject: " + fact);
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
}
