package cn.justice.ruleoflaw.reconsideration;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code data} of the {@code rule-of-law.reconsideration.*} events: codes, dates, flags and the version. Never the
 * applicant (name, ID number, phone), the respondent agency's name nor free text (reasons, notes).
 */
public record ReconsiderationEventData(
        UUID reconsiderationId, long version, String countyCode, ActionType actionType, ReconsiderationStatus status,
        LocalDate knewOn, LocalDate appliedOn, LocalDate acceptanceDueOn, LocalDate acceptedOn, LocalDate rejectedOn,
        Boolean acceptanceOnTime, ReconsiderationProcedure procedure, LocalDate decisionDueOn, Integer extensionDays,
        ReconsiderationDecision decision, boolean corrected, LocalDate closedOn, Boolean closedOnTime) {

    public static ReconsiderationEventData of(Reconsideration r) {
        LocalDate answered = r.acceptedOn != null ? r.acceptedOn : r.rejectedOn;
        return new ReconsiderationEventData(r.id, r.version, r.countyCode, r.actionType, r.status, r.knewOn, r.appliedOn,
                r.acceptanceDueOn, r.acceptedOn, r.rejectedOn, ReconsiderationRules.onTime(answered, r.acceptanceDueOn),
                r.procedure, r.decisionDueOn, r.extensionDays, r.decision, r.decision != null && r.decision.corrects(),
                r.closedOn, ReconsiderationRules.onTime(r.closedOn, r.decisionDueOn));
    }
}
