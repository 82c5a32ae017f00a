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

    /**
     * Starts a finding about a dossier fact (a mission, province, plan, delegation…).
     *
     * @param fact a top-level fact of the dossier, as the rule matched it
     * @return the finding to complete and {@link Draft#report() report}
     * @throws IllegalArgumentException when {@code fact} is not a top-level dossier fact
     */
    Draft about(Object fact);

    /**
     * Starts a finding about a coordination partner that has no agreement (subject type {@code PARTNER}).
     *
     * @param partner the ministry or body MOFA has no coordination agreement (quy chế phối hợp) with
     * @return the finding to complete and report
     */
    Draft aboutPartner(CoordinationPartner partner);

    /**
     * Starts a finding about a person, identified by name within a province (subject type {@code LEADER}).
     *
     * @param provinceId the id of the province whose delegations the person went with
     * @param name       the person's name as the dossier writes it; it is normalised as {@link People#normalise}
     *                   does
     * @return the finding to complete and report
     */
    Draft aboutLeader(String provinceId, String name);

    /**
     * Starts a finding about any other subject, for host rule packs.
     *
     * @param subject the subject, with the type, id and readable name the report shows
     * @return the finding to complete and report
     */
    Draft about(Subject subject);

    /** A finding being put together; {@link #report()} records it. */
    interface Draft {

        /**
         * Chooses the message variant {@code <rule id>.<variant>}.
         *
         * @param variant the key suffix in the message bundles, e.g. {@code missing} or {@code late}
         * @return this draft
         */
        Draft variant(String variant);

        /**
         * Adds a fact the message names and the finding records. Dates, numbers, strings, booleans, enum
         * constants, {@link Country countries}, delegations and collections of them are written for each language
         * (dates {@code dd/MM/yyyy} and "12 May 2024", countries and constants by name); the finding records them
         * with their JSON types (constants by name, countries by code, delegations by id).
         *
         * @param name  the fact's name, as the message's placeholder {@code {name}} and the report's fact key
         * @param value the value
         * @return this draft
         */
        Draft with(String name, Object value);

        /**
         * Adds a value the message names but the finding does not record: words for the reader, such as a
         * {@link org.ngoaivu.engine.LocalizedText} said where the dossier leaves a name blank.
         *
         * @param name  the message's placeholder, {@code {name}}
         * @param value the words, written for each language as {@link #with} writes values
         * @return this draft
         */
        Draft mention(String name, Object value);

        /** Records the finding. */
        void report();
    }
}
