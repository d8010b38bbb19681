package cn.justice.legalaid.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code data} of the {@code legal-aid.application.*} events: the application's whole state as the gateway needs it
 * (codes, enums, dates, flags, version). Never the applicant's name, ID number or phone, the provider's name or org,
 * nor free text (reasons, notes, requested items).
 *
 * @param materialsDueOn 第43条: the day the open request of materials is due (一次性告知); past it without the
 *                       materials the application is deemed withdrawn. Null when no request is open
 */
public record ApplicationEventData(
        UUID applicationId,
        long version,
        String applicationNo,
        String countyCode,
        String townshipCode,
        ApplicationChannel channel,
        UUID workstationId,
        CaseType caseType,
        Matter matter,
        List<ApplicantGroup> applicantGroups,
        EconomicHardship economicHardship,
        MandatoryDefenseGround mandatoryDefenseGround,
        ApplicationStatus status,
        boolean eligible,
        List<String> eligibilityArticles,
        LocalDate receivedOn,
        Boolean forwardedWithin24h,
        int waitingDays,
        LocalDate decisionDueOn,
        Decision decision,
        LocalDate decidedOn,
        Boolean decidedWithinDeadline,
        boolean deniedWhileEligible,
        LocalDate assignmentDueOn,
        boolean emergency,
        EmergencyGround emergencyGround,
        LocalDate assignedOn,
        Boolean assignedWithinDeadline,
        ProviderKind providerKind,
        LocalDate closedOn,
        CaseOutcome outcome,
        java.math.BigDecimal subsidyAmount,
        LocalDate withdrawnOn,
        WithdrawalReason withdrawalReason,
        LocalDate terminatedOn,
        TerminationGround terminationGround,
        LocalDate objectedOn,
        LocalDate objectionDueOn,
        ObjectionResult objectionResult,
        LocalDate objectionDecidedOn,
        LocalDate materialsDueOn) {

    public static ApplicationEventData of(Application a) {
        return new ApplicationEventData(a.id, a.version, a.applicationNo, a.countyCode, a.townshipCode, a.channel,
                a.workstationId, a.caseType, a.matter, List.copyOf(a.applicantGroups), a.economicHardship,
                a.mandatoryDefenseGround, a.status, a.eligible,
                a.eligibilityBasis.stream().map(Eligibility.Basis::article).distinct().toList(), a.receivedOn,
                a.forwardedWithin24h, a.waitingDays, a.decisionDueOn, a.decision, a.decidedOn, a.decidedWithinDeadline,
                a.deniedWhileEligible, a.assignmentDueOn, a.emergency, a.emergencyGround, a.assignedOn, a.assignedWithinDeadline, a.providerKind, a.closedOn,
                a.outcome, a.subsidyAmount, a.withdrawnOn, a.withdrawalReason, a.terminatedOn, a.terminationGround, a.objectedOn,
                a.objectionDueOn, a.objectionResult, a.objectionDecidedOn,
                a.openRequest() == null ? null : a.openRequest().dueOn());
    }
}
