package cn.justice.legalaid.application;

import cn.justice.platform.record.RecordView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An application as the API shows it; the applicant's personal data masked unless a county-admin unmasked it. */
@Schema(name = "LegalAidApplication", description = "法律援助申请")
public record ApplicationView(
        UUID id,
        @Schema(description = "Optimistic concurrency version; send it as If-Match") long version,
        @Schema(example = "LA-519901-2025-000042") String applicationNo,
        String countyCode,
        String townshipCode,
        Applicant.View applicant,
        ApplicationChannel channel,
        UUID workstationId,
        CaseType caseType,
        Matter matter,
        EconomicHardship economicHardship,
        MandatoryDefenseGround mandatoryDefenseGround,
        boolean retrialAcquittal,
        @Schema(description = "可能被判处无期徒刑、死刑 (法律援助法第26条)") boolean possibleLifeOrDeath,
        @Schema(description = "法律援助法第32条: the exemption from the hardship condition claimed for this matter")
        HardshipExemption hardshipExemption,
        LocalDate receivedOn,
        @Schema(description = "监所转交 only") Instant submittedAt,
        @Schema(description = "监所转交 only") Instant forwardedAt,
        @Schema(description = "监所转交 only: forwarded within 24 h of submission") Boolean forwardedWithin24h,
        ApplicationStatus status,
        @Schema(description = "Computed by the rules of 法律援助法 第25/24/29/31/32/36/42条: eligible = mandatory (第25条, "
                + "第36条) or (in scope (第24/29/31条 or 第32条) and hardship established (第32条 waives it; VERIFIED; or "
                + "CLAIMED/EXEMPT with a 第42条 ground)). Recomputed on every change until the decision.")
        boolean eligible,
        @Schema(description = "The rules that apply, with article and explanation") List<Eligibility.Basis> eligibilityBasis,
        @Schema(description = "How the rules combine into eligible") String eligibilityExplanation,
        LocalDate reviewStartedOn,
        List<MaterialRequest> materialRequests,
        @Schema(description = "Days waited for requested materials; they do not count towards the deadline") int waitingDays,
        @Schema(description = "receivedOn + 7 days + waitingDays") LocalDate decisionDueOn,
        @Schema(description = "Undecided and past decisionDueOn") boolean overdue,
        Decision decision,
        LocalDate decidedOn,
        @Schema(description = "decidedOn ≤ decisionDueOn, recorded at the decision") Boolean decidedWithinDeadline,
        String decisionNote,
        String denyReason,
        @Schema(description = "Denied although eligible (应援未援)") boolean deniedWhileEligible,
        @Schema(description = "法律援助法第43条: decidedOn + 3 days for a grant") LocalDate assignmentDueOn,
        @Schema(description = "GRANTED, not assigned, past assignmentDueOn") boolean assignmentOverdue,
        @Schema(description = "先行提供: assigned before the decision") boolean emergency,
        @Schema(description = "法律援助法第44条: the ground of the emergency assignment") EmergencyGround emergencyGround,
        @Schema(description = "第44条: an emergency assignment still without its decision (the file is to be completed)")
        boolean emergencyUndecided,
        LocalDate assignedOn,
        @Schema(description = "assignedOn ≤ decidedOn + 3 days (always true for an emergency assignment)") Boolean assignedWithinDeadline,
        Provider provider,
        LocalDate closedOn,
        CaseOutcome outcome,
        String closeNote,
        @Schema(description = "法律援助补贴, yuan (法律援助法第52条)") java.math.BigDecimal subsidyAmount,
        LocalDate withdrawnOn,
        String withdrawReason,
        @Schema(description = "APPLICANT, or DEEMED: 视为撤回, the materials were not in by their due date (第43条)")
        WithdrawalReason withdrawalReason,
        @Schema(description = "法律援助法第48条: when the aid was terminated (null unless TERMINATED or objected to)") LocalDate terminatedOn,
        TerminationGround terminationGround,
        String terminationNote,
        @Schema(description = "法律援助法第49条: the latest objection to a denial or termination") LocalDate objectedOn,
        String objectionReason,
        @Schema(description = "objectedOn + 5 days (第49条)") LocalDate objectionDueOn,
        ObjectionResult objectionResult,
        LocalDate objectionDecidedOn,
        @Schema(description = "OBJECTED and past objectionDueOn") boolean objectionOverdue,
        Instant createdAt,
        Instant updatedAt) implements RecordView {

    public static ApplicationView of(Application a, Applicant.View applicant, LocalDate today) {
        Provider provider = a.providerKind == null ? null : new Provider(a.providerKind, a.providerName, a.providerOrg,
                a.providerYearsOfPractice);
        return new ApplicationView(a.id, a.version, a.applicationNo, a.countyCode, a.townshipCode, applicant, a.channel,
                a.workstationId, a.caseType, a.matter, a.economicHardship, a.mandatoryDefenseGround, a.retrialAcquittal,
                a.possibleLifeOrDeath, a.hardshipExemption,
                a.receivedOn, a.submittedAt, a.forwardedAt, a.forwardedWithin24h, a.status, a.eligible,
                List.copyOf(a.eligibilityBasis), a.eligibilityExplanation, a.reviewStartedOn, List.copyOf(a.materialRequests),
                a.waitingDays, a.decisionDueOn, a.overdue(today), a.decision, a.decidedOn, a.decidedWithinDeadline,
                a.decisionNote, a.denyReason, a.deniedWhileEligible, a.assignmentDueOn,
                ApplicationRules.assignmentOverdue(a.status, a.assignmentDueOn, today), a.emergency, a.emergencyGround,
                a.emergencyUndecided(), a.assignedOn, a.assignedWithinDeadline,
                provider, a.closedOn, a.outcome, a.closeNote, a.subsidyAmount, a.withdrawnOn, a.withdrawReason, a.withdrawalReason, a.terminatedOn,
                a.terminationGround, a.terminationNote, a.objectedOn, a.objectionReason, a.objectionDueOn, a.objectionResult,
                a.objectionDecidedOn, a.objectionOverdue(today), a.createdAt, a.updatedAt);
    }
}
