package cn.justice.correction.released;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code data} of the {@code correction.released-person.*} events: the dates of the person's path through 安置帮教 and
 * the counts the gateway needs. Nothing personal: no name, ID number, birth date, institution, crime, notes or free
 * text (the close reason is a code). {@code connectedOnTime} is {@link ReleasedRules#connectedOnTime} (null until
 * connected), the rule of the measure released_connected_on_time.
 */
public record ReleasedEventData(
        UUID releasedPersonId,
        long version,
        String countyCode,
        String townshipCode,
        ReleasedStatus status,
        LocalDate releasedOn,
        boolean keyPerson,
        LocalDate supportPeriodEndsOn,
        LocalDate connectedOn,
        Boolean connectedOnTime,
        LocalDate placedOn,
        Placement placement,
        int assistanceCount,
        LocalDate lastAssistedOn,
        LocalDate reoffendedOn,
        LocalDate closedOn,
        ReleasedCloseReason closeReason) {

    public static ReleasedEventData of(ReleasedPerson r) {
        LocalDate last = r.assistances.stream().map(Assistance::on).max(LocalDate::compareTo).orElse(null);
        Boolean onTime = r.connectedOn == null ? null
                : ReleasedRules.connectedOnTime(r.keyPerson, r.releasedOn, r.connectedOn);
        return new ReleasedEventData(r.id, r.version, r.countyCode, r.townshipCode, r.status, r.releasedOn,
                r.keyPerson, r.supportPeriodEndsOn, r.connectedOn, onTime, r.placedOn, r.placement,
                r.assistances.size(), last, r.reoffendedOn, r.closedOn, r.closeReason);
    }
}
