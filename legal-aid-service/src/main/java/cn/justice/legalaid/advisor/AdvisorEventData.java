package cn.justice.legalaid.advisor;

import java.time.LocalDate;
import java.util.UUID;

/** {@code data} of the {@code legal-aid.village-advisor.*} events: the period, without the advisor's name or firm. */
public record AdvisorEventData(UUID advisorId, long version, String countyCode, String townshipCode, String villageCode,
                               AdvisorStatus status, LocalDate from, LocalDate to) {
    public static AdvisorEventData of(VillageAdvisor a) {
        return new AdvisorEventData(a.id, a.version, a.countyCode, a.townshipCode, a.villageCode, a.status, a.validFrom,
                a.validTo);
    }
}
