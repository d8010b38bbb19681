package cn.justice.publicity.activity;

import cn.justice.publicity.common.Theme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code data} of the {@code publicity.activity.*} events: codes, enums, dates, figures and version. The title and
 * the cancellation reason (free text) stay in the service.
 */
public record ActivityEventData(
        UUID activityId,
        long version,
        String countyCode,
        String townshipCode,
        String villageCode,
        Theme theme,
        Venue venue,
        ActivityFormat format,
        List<TargetGroup> targetGroups,
        UUID organizerUnitId,
        ActivityStatus status,
        LocalDate heldOn,
        Integer participants,
        Integer materialsDistributed,
        int correctionCount,
        LocalDate cancelledOn) {

    public static ActivityEventData of(Activity a) {
        return new ActivityEventData(a.id, a.version, a.countyCode, a.townshipCode, a.villageCode, a.theme, a.venue,
                a.format, List.copyOf(a.targetGroups), a.organizerUnitId, a.status, a.heldOn, a.participants,
                a.materialsDistributed, a.correctionCount, a.cancelledOn);
    }
}
