package org.ngoaivu.rules.api;

import org.ngoaivu.engine.Subject;
import org.ngoaivu.model.CoordinationPartner;

/**
 * How a rule reports a finding: the session global {@code findings}. The firing rule's id, severity,
 * source, message templates and parameter values come from its metadata and message bundles, so a rule
 * body only names the subject and the facts its message needs:
 *
 * <pre>
 * then
 *     findings.about($mission).with("section", $section).report();
 * </pre>
 *
 * <p>Messages are looked up in {@code messages_vi.properties} and {@code messages_en.properties} beside the
 * rule's {@code .drl}, under the rule id, or {@code <rule id>.<variant>} when the rule chose a
 * {@link Draft#variant variant}. Placeholders {@code {name}} take the facts given with {@link Draft#with}.
 */
public interface Findings {

    /** Starts a finding about a dossier fact (a mission, province, plan, delegation…). */
    Draft about(Object fact);

    /** Starts a finding about a coordination partner that has no agreement (subject type {@code PARTNER}). */
    Draft aboutPartner(CoordinationPartner partner);

    /** Starts a finding about a person, identified by name within a province (subject type {@code LEADER}). */
    Draft aboutLeader(String provinceId, String name);

    /** Starts a finding about any other subject, for host rule packs. */
    Draft about(Subject subject);

    /** A finding being put together; {@link #report()} records it. */
    interface Draft {

        /** Chooses the message variant {@code <rule id>.<variant>}. */
        Draft variant(String variant);

        /**
         * Adds a fact the message names and the finding records. Dates, numbers, strings, booleans, enum
         * constants, {@link Country countries}, delegations and collections of them are written for each language
         * (dates {@code dd/MM/yyyy} and "12 May 2024", countries and constants by name); the finding records them
         * with their JSON types (constants by name, countries by code, delegations by id).
         */
        Draft with(String name, Object value);

        /**
         * Adds a value the message names but the finding does not record: words for the reader, such as a
         * {@link org.ngoaivu.engine.LocalizedText} said where the dossier leaves a name blank.
         */
        Draft mention(String name, Object value);

        /** Records the finding. */
        void report();
    }
}
