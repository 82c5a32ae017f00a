package org.ngoaivu.model;

/**
 * A member of an outbound delegation.
 *
 * @param name              the person's name; identifies the person within the province
 * @param keyLeader         whether the person is one of the province's key leaders (lãnh đạo chủ chốt)
 * @param centrallyManaged  whether the person is a centrally-managed leader (diện Bộ Chính trị, Ban Bí thư,
 *                          Thủ tướng quản lý)
 */
public record DelegationMember(String name, boolean keyLeader, boolean centrallyManaged) {
    /**
     * Checks and normalises the parts: a missing or blank required part, or an invalid one, throws an
     * exception naming it.
     *
     * @param name             the person's name; identifies the person within the province
     * @param keyLeader        whether the person is one of the province's key leaders (lãnh đạo chủ chốt)
     * @param centrallyManaged whether the person is a centrally-managed leader (diện Bộ Chính trị, Ban Bí thư,
     *                         Thủ tướng quản lý)
     */
    public DelegationMember {
        name = Values.id(name, "name");
    }
}
