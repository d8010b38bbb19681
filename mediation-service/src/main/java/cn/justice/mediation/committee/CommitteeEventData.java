package cn.justice.mediation.committee;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * {@code data} of the {@code mediation.committee.*} events: codes, enums, dates, figures and version — what the
 * gateway's stock measures (committees_active, committees_standardized, police_rooms) need. The committee's name
 * and the dissolution reason (free text) stay in the service.
 */
public record CommitteeEventData(
        UUID committeeId,
        long version,
        String countyCode,
        String townshipCode,
        String villageCode,
        CommitteeType type,
        CommitteeStatus status,
        LocalDate establishedOn,
        LocalDate filedOn,
        int memberCount,
        Integer womenMembers,
        Integer minorityMembers,
        LocalDate termEndsOn,
        boolean standardized,
        LocalDate assessedOn,
        Map<String, Boolean> criteria,
        LocalDate dissolvedOn) {

    public static CommitteeEventData of(Committee c) {
        return new CommitteeEventData(c.id, c.version, c.countyCode, c.townshipCode, c.villageCode, c.type, c.status,
                c.establishedOn, c.filedOn, c.memberCount, c.womenMembers, c.minorityMembers, c.termEndsOn, c.standardized, c.assessedOn,
                c.assessedOn == null ? null : StandardizationCriteria.asMap(c.assessmentCriteria), c.dissolvedOn);
    }
}
