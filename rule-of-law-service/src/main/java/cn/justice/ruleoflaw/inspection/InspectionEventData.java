package cn.justice.ruleoflaw.inspection;

import java.time.LocalDate;
import java.util.UUID;

/** {@code data} of the {@code rule-of-law.enforcement-inspection.*} events (no agency name). */
public record InspectionEventData(UUID enforcementInspectionId, long version, String countyCode, String townshipCode,
                                  LocalDate inspectedOn, int findings, int rectified) {
    public static InspectionEventData of(EnforcementInspection i) {
        return new InspectionEventData(i.id, i.version, i.countyCode, i.townshipCode, i.inspectedOn, i.findings, i.rectified);
    }
}
