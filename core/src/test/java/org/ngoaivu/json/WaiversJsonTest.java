package org.ngoaivu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.ngoaivu.engine.Subject;
import org.ngoaivu.engine.SubjectType;
import org.ngoaivu.engine.Waiver;
import org.ngoaivu.validation.InvalidDocumentException;
import org.ngoaivu.validation.Problem;

class WaiversJsonTest {
    @Test
    void waiversFileReadsEachWaiverWithItsOptionalExpiry() {
        List<Waiver> waivers = WaiversJson.read("""
                { "$schema": "waivers.schema.json", "waivers": [
                  { "ruleId": "leader-trip-limit", "subject": { "type": "LEADER", "id": "P01/Nguyễn Văn A" },
                    "reason": "Do công việc thật cần thiết", "approvedBy": "Thủ tướng Chính phủ",
                    "approvedOn": "2026-03-02", "expiresOn": "2026-12-31" },
                  { "ruleId": "annual-plan-missing", "subject": { "type": "PROVINCE", "id": "P02" },
                    "reason": "Tỉnh mới thành lập", "approvedBy": "Bộ trưởng Bộ Ngoại giao",
                    "approvedOn": "2026-01-10" } ] }""").orElseThrow();
        assertThat(waivers).containsExactly(
                new Waiver("leader-trip-limit", Subject.of(SubjectType.LEADER, "P01/Nguyễn Văn A"),
                        "Do công việc thật cần thiết", "Thủ tướng Chính phủ", LocalDate.of(2026, 3, 2),
                        Optional.of(LocalDate.of(2026, 12, 31))),
                new Waiver("annual-plan-missing", Subject.of(SubjectType.PROVINCE, "P02"), "Tỉnh mới thành lập",
                        "Bộ trưởng Bộ Ngoại giao", LocalDate.of(2026, 1, 10), Optional.empty()));
    }

    @Test
    void badWaiversFileListsEveryProblemWithItsPath() {
        WaiversJson.Result result = WaiversJson.read("""
                { "waivers": [
                  { "ruleId": "a", "subject": { "type": "PROVINCE", "id": "P01" }, "reason": " ",
                    "approvedBy": "x", "approvedOn": "2026-13-01" },
                  { "ruleId": "a", "subject": { "type": "TOWN", "id": "P01" }, "reason": "r", "approvedBy": "x" } ] }""");
        assertThat(result.isValid()).isFalse();
        assertThat(result.problems()).extracting(Problem::path).containsExactly("$.waivers[0].approvedOn",
                "$.waivers[0].reason", "$.waivers[1].approvedOn", "$.waivers[1].subject.type");
        assertThatThrownBy(result::orElseThrow).isInstanceOf(InvalidDocumentException.class);
    }

    @Test
    void aWaiverThatExpiresBeforeItWasApprovedIsAProblem() {
        WaiversJson.Result result = WaiversJson.read("""
                { "waivers": [ { "ruleId": "a", "subject": { "type": "PROVINCE", "id": "P01" }, "reason": "r",
                    "approvedBy": "x", "approvedOn": "2026-03-01", "expiresOn": "2026-02-01" } ] }""");
        assertThat(result.problems()).containsExactly(new Problem("$.waivers[0].expiresOn",
                "Miễn trừ hết hiệu lực ngày 01/02/2026, trước ngày được phê duyệt (01/03/2026).",
                "The waiver expires on 2026-02-01, before it was approved on 2026-03-01."));
    }
}
