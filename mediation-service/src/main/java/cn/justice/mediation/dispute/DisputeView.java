package cn.justice.mediation.dispute;

import cn.justice.platform.record.RecordView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** A dispute as the API shows it; parties as the caller may see them. */
@Schema(name = "Dispute")
public record DisputeView(
        UUID id,
        @Schema(description = "Optimistic concurrency version; send it as If-Match") long version,
        String countyCode,
        String townshipCode,
        String villageCode,
        UUID committeeId,
        DisputeSource source,
        DisputeCategory category,
        Mechanism mechanism,
        String summary,
        BigDecimal amountInvolved,
        LocalDate registeredOn,
        DisputeStatus status,
        List<Party.View> parties,
        List<UUID> mediatorIds,
        LocalDate acceptedOn,
        @Schema(description = "acceptedOn + 30 days (reopenedOn + 30 days after a reopen)") LocalDate dueOn,
        @Schema(description = "Past dueOn and still ACCEPTED") boolean overdue,
        LocalDate closedOn,
        @Schema(description = "REJECTED: why") String rejectReason,
        @Schema(description = "SUCCEEDED: the agreement") Agreement agreement,
        @Schema(description = "FAILED: why") String failReason,
        @Schema(description = "FAILED: the route the parties were told of") Referral referral,
        @Schema(description = "WITHDRAWN: why") String withdrawReason,
        List<FollowUp> followUps,
        JudicialConfirmation judicialConfirmation,
        @Schema(description = "纠纷激化风险 (人民调解法第25条); null: not assessed") EscalationRisk escalationRisk,
        @Schema(description = "Date reported to the police (人民调解法第25条)") LocalDate reportedToPoliceOn,
        @Schema(description = "Date of the latest reopen (mediated again after an INVALID judicial confirmation); "
                + "dueOn then runs from it") LocalDate reopenedOn,
        @Schema(description = "The latest agreement a court ruled invalid, kept by reopen") InvalidatedAgreement invalidatedAgreement,
        Instant createdAt,
        Instant updatedAt) implements RecordView {

    public static DisputeView of(Dispute d, LocalDate today, Function<Party.Stored, Party.View> party) {
        return new DisputeView(d.id, d.version, d.countyCode, d.townshipCode, d.villageCode, d.committeeId, d.source,
                d.category, d.mechanism, d.summary, d.amountInvolved, d.registeredOn, d.status,
                d.parties.stream().map(party).toList(), List.copyOf(d.mediatorIds), d.acceptedOn, d.dueOn,
                d.overdue(today), d.closedOn, d.rejectReason, d.agreement, d.failReason, d.referral, d.withdrawReason,
                List.copyOf(d.followUps),
                d.judicialConfirmation == null ? null : d.judicialConfirmation.withDecisionDue(), d.escalationRisk,
                d.reportedToPoliceOn, d.reopenedOn, d.invalidatedAgreement, d.createdAt, d.updatedAt);
    }
}
