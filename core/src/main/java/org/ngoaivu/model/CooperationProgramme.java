package org.ngoaivu.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A MOFA–province cooperation programme (Chương trình hợp tác giữa Bộ Ngoại giao và địa phương).
 *
 * @param id                  unique within the dossier's programmes
 * @param provinceId          the province
 * @param issuedOn            when it was issued, if it was
 * @param monitoringMechanism the monitoring mechanism (cơ chế đôn đốc, giám sát), if set
 * @param tasks               the programme's tasks
 */
public record CooperationProgramme(
        String id,
        String provinceId,
        Optional<LocalDate> issuedOn,
        Optional<String> monitoringMechanism,
        List<CooperationTask> tasks) {

    /**
     * Checks and normalises the parts: a missing or blank required part, or an invalid one, throws an
     * exception naming it.
     *
     * @param id                  unique within the dossier's programmes
     * @param provinceId          the province
     * @param issuedOn            when it was issued, if it was
     * @param monitoringMechanism the monitoring mechanism (cơ chế đôn đốc, giám sát), if set
     * @param tasks               the programme's tasks
     */
    public CooperationProgramme {
        id = Values.id(id, "id");
        provinceId = Values.id(provinceId, "provinceId");
        issuedOn = Values.optional(issuedOn);
        monitoringMechanism = Values.text(monitoringMechanism);
        tasks = Values.list(tasks);
    }

    /**
     * The same, with {@code null} for an absent optional part.
     *
     * @param id                  unique within the dossier's programmes
     * @param provinceId          the province
     * @param issuedOn            when it was issued, if it was; null for none
     * @param monitoringMechanism the monitoring mechanism (cơ chế đôn đốc, giám sát), if set; null for none
     * @param tasks               the programme's tasks
     * @return the cooperation programme
     */
    public static CooperationProgramme of(String id, String provinceId, LocalDate issuedOn,
                                          String monitoringMechanism, List<CooperationTask> tasks) {
        return new CooperationProgramme(id, provinceId, Optional.ofNullable(issuedOn),
                Optional.ofNullable(monitoringMechanism), tasks);
    }
}
