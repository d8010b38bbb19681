package cn.justice.ruleoflaw.reconsideration;

import cn.justice.platform.record.RecordView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A reconsideration as the API shows it: the applicant masked unless a county-admin unmasked the record. */
@Schema(name = "Reconsideration", description = "行政复议案件 (a county record)")
public record ReconsiderationView(
        UUID id,
        @Schema(description = "Optimistic concurrency version; send it as If-Match") long version,
        String countyCode,
        Applicant.View applicant,
        @Schema(description = "true when the applicant is masked") boolean masked,
        String respondentAgency,
        ActionType actionType,
        LocalDate knewOn,
        LocalDate appliedOn,
        @Schema(description = "Last day to apply: knewOn + 60 days (行政复议法第20条)") LocalDate applicationDeadline,
        @Schema(description = "Acceptance decided by: appliedOn + 5 working days (行政复议法第30条, 第88条)") LocalDate acceptanceDueOn,
        @Schema(description = "Accepted or rejected by acceptanceDueOn; null while RECEIVED") Boolean acceptanceOnTime,
        ReconsiderationStatus status,
        LocalDate acceptedOn,
        LocalDate rejectedOn,
        String rejectReason,
        ReconsiderationProcedure procedure,
        @Schema(description = "Decision due: acceptedOn + 30 (SIMPLE) or 60 (ORDINARY) days + extensionDays (行政复议法第62条)")
        LocalDate decisionDueOn,
        @Schema(description = "Days of the one extension (ORDINARY only, ≤ 30)") Integer extensionDays,
        LocalDate extendedOn,
        String extensionReason,
        ReconsiderationDecision decision,
        @Schema(description = "Day the case ended (decided, mediated, settled or terminated)") LocalDate closedOn,
        @Schema(description = "Ended by decisionDueOn; null while open") Boolean closedOnTime,
        String closeNote,
        @Schema(description = "RECEIVED past acceptanceDueOn, or ACCEPTED past decisionDueOn (the bureau's today)") boolean overdue,
        Instant createdAt,
        Instant updatedAt) implements RecordView {

    public static ReconsiderationView of(Reconsideration r, Applicant.View applicant, boolean masked, LocalDate today) {
        LocalDate answered = r.acceptedOn != null ? r.acceptedOn : r.rejectedOn;
        return new ReconsiderationView(r.id, r.version, r.countyCode, applicant, masked, r.respondentAgency, r.actionType,
                r.knewOn, r.appliedOn, ReconsiderationRules.applicationDeadline(r.knewOn), r.acceptanceDueOn,
                ReconsiderationRules.onTime(answered, r.acceptanceDueOn), r.status, r.acceptedOn, r.rejectedOn,
                r.rejectReason, r.procedure, r.decisionDueOn, r.extensionDays, r.extendedOn, r.extensionReason, r.decision,
                r.closedOn, ReconsiderationRules.onTime(r.closedOn, r.decisionDueOn), r.closeNote, overdue(r, today),
                r.createdAt, r.updatedAt);
    }

    /** RECEIVED past the acceptance due date or ACCEPTED past the decision due date. */
    public static boolean overdue(Reconsideration r, LocalDate today) {
        return r.status == ReconsiderationStatus.RECEIVED && today.isAfter(r.acceptanceDueOn)
                || r.status == ReconsiderationStatus.ACCEPTED && today.isAfter(r.decisionDueOn);
    }
}
