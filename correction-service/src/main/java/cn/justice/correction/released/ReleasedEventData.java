package cn.justice.correction.released;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code data} of the {@code correction.released-person.*} events: the dates of the person's path through 安置帮教 and
 * the counts the gateway needs. Nothing personal: no name, ID number, birth date, institution, crime, notes or reasons.
 */
public record ReleasedEventData(
        UUID releasedPersonId,
        long version,
        String countyCode,
        String townshipCode,
        ReleasedStatus status,
        LocalDate releasedOn,
        LocalDate connectedOn,
        LocalDate placedOn,
        Placement placement,
        int assistanceCount,
        LocalDate lastAssistedOn,
        LocalDate closedOn) {

    public static ReleasedEventData of(ReleasedPerson r) {
        LocalDate last = r.assistances.stream().map(Assistance::on).max(LocalDate::compareTo).orElse(null);
        return new ReleasedEventData(r.id, r.version, r.countyCode, r.townshipCode, r.status, r.releasedOn,
                r.connectedOn, r.placedOn, r.placement, r.assistances.size(), last, r.closedOn);
    }
}
