package cn.justice.gateway.workqueue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One page of the work queue (DESIGN §11): the platform's list shape plus the day and the read model's time. */
@Schema(name = "WorkQueue")
public record WorkQueue(
        @Schema(description = "The items of the page, by dueOn (then kind, then recordId)") List<Item> items,
        int page, int size, long total,
        @Schema(description = "The org unit asked for (county: every item of the county; township: its own)", example = "519901101") String orgCode,
        @Schema(description = "The bureau's today (Asia/Shanghai) the items are judged against") LocalDate today,
        @Schema(description = "Items due on or before this day are listed (today + within); overdue ones always are") LocalDate dueBy,
        @Schema(description = "Time of the newest event the read model applied for the org unit (null: none yet)") Instant asOf) {

    /** A work item: the record it is about and when it is due; no personal data — the client opens the record for details. */
    @Schema(name = "WorkItem")
    public record Item(
            WorkKind kind,
            @Schema(description = "The service holding the record",
                    enumeration = {"correction", "legal-aid", "mediation", "publicity", "rule-of-law"}) String service,
            @Schema(description = "The record's aggregate type as in the event types", example = "subject") String recordType,
            UUID recordId,
            @Schema(description = "Township of the record (null: a county record)", example = "519901101") String townshipCode,
            LocalDate dueOn,
            @Schema(description = "Past dueOn today") boolean overdue,
            @Schema(description = "INFO: due in more than 3 days; DUE: due within 3 days or today; OVERDUE: past dueOn; "
                    + "CRITICAL: more than 7 days past dueOn") Severity severity,
            @Schema(description = "Chinese title: the kind's name and the due date", example = "社区矫正对象报到期限 2026-12-10") String title) {
    }
}
