package cn.justice.mediation.dispute;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code data} of the {@code mediation.dispute.*} events: codes, enums, dates and version — what the gateway's
 * measures need (status AGREEMENT_INVALID: a court ruled the agreement invalid, so the dispute no longer counts as
 * succeeded). No summary, no parties, no reasons or agreement terms (free text may name people): nothing personal.
 *
 * @param agreementPerformBy the agreement's performance due date ({@code performBy}), for the 回访 after it; null
 *                           without an agreement or a date
 * @param lastFollowUpOn     the date of the latest follow-up (回访) recorded; null before the first
 */
public record DisputeEventData(
        UUID disputeId,
        long version,
        String countyCode,
        String townshipCode,
        String villageCode,
        UUID committeeId,
        DisputeSource source,
        DisputeCategory category,
        Mechanism mechanism,
        DisputeStatus status,
        LocalDate registeredOn,
        LocalDate acceptedOn,
        LocalDate dueOn,
        LocalDate closedOn,
        int partyCount,
        int mediatorCount,
        AgreementForm agreementForm,
        LocalDate agreementSignedOn,
        Referral referral,
        int followUpCount,
        Performance lastFollowUpPerformed,
        LocalDate judicialConfirmationAppliedOn,
        ConfirmationResult judicialConfirmationResult,
        LocalDate judicialConfirmationDecidedOn,
        EscalationRisk escalationRisk,
        LocalDate reportedToPoliceOn,
        LocalDate reopenedOn,
        LocalDate agreementPerformBy,
        LocalDate lastFollowUpOn) {

    public static DisputeEventData of(Dispute d) {
        FollowUp last = d.followUps.isEmpty() ? null : d.followUps.get(d.followUps.size() - 1);
        return new DisputeEventData(d.id, d.version, d.countyCode, d.townshipCode, d.villageCode, d.committeeId,
                d.source, d.category, d.mechanism, d.status, d.registeredOn, d.acceptedOn, d.dueOn, d.closedOn,
                d.parties.size(), d.mediatorIds.size(),
                d.agreement == null ? null : d.agreement.form(), d.agreement == null ? null : d.agreement.signedOn(),
                d.referral, d.followUps.size(), last == null ? null : last.performed(),
                d.judicialConfirmation == null ? null : d.judicialConfirmation.appliedOn(),
                d.judicialConfirmation == null ? null : d.judicialConfirmation.result(),
                d.judicialConfirmation == null ? null : d.judicialConfirmation.decidedOn(),
                d.escalationRisk, d.reportedToPoliceOn, d.reopenedOn,
                d.agreement == null ? null : d.agreement.performBy(),
                d.followUps.stream().map(FollowUp::date).max(java.time.LocalDate::compareTo).orElse(null));
    }
}
