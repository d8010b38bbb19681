package cn.justice.mediation.dispute;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code data} of the {@code mediation.dispute.*} events: codes, enums, dates and version — what the gateway's
 * measures need. No summary, no parties: nothing personal.
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
        LocalDate closedOn) {

    public static DisputeEventData of(Dispute d) {
        return new DisputeEventData(d.id, d.version, d.countyCode, d.townshipCode, d.villageCode, d.committeeId,
                d.source, d.category, d.mechanism, d.status, d.registeredOn, d.acceptedOn, d.dueOn, d.closedOn);
    }
}
