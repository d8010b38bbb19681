package cn.justice.mediation.dispute;

import cn.justice.platform.record.RecordQuery;

import java.time.LocalDate;
import java.util.UUID;

/** List filters of {@code GET …/disputes}; dates apply to {@code registeredOn}; idNumber matches any party. */
public record DisputeFilter(String townshipCode, DisputeStatus status, DisputeSource source, DisputeCategory category,
                            UUID committeeId, LocalDate from, LocalDate to, Boolean overdue, String idNumber,
                            EscalationRisk escalationRisk) {
    static DisputeFilter of(RecordQuery q) {
        return new DisputeFilter(q.township(), q.enumOf("status", DisputeStatus.class),
                q.enumOf("source", DisputeSource.class), q.enumOf("category", DisputeCategory.class),
                q.uuid("committeeId"), q.from("registeredOn"), q.to("registeredOn"), q.bool("overdue"),
                q.text("idNumber", "Exact ID number of any party (matched by keyed hash)"),
                q.enumOf("escalationRisk", EscalationRisk.class, "纠纷激化风险 (人民调解法第25条)"));
    }
}
