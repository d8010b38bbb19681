package cn.justice.publicity.activity;

import cn.justice.platform.record.RecordView;
import cn.justice.publicity.common.Theme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An activity as the API shows it. */
@Schema(name = "Activity", description = "法治宣传活动")
public record ActivityView(
        UUID id,
        @Schema(description = "Optimistic concurrency version; send it as If-Match") long version,
        String countyCode,
        String townshipCode,
        String villageCode,
        String title,
        Theme theme,
        @Schema(description = "Planned date while PLANNED/CANCELLED, actual date once HELD") LocalDate heldOn,
        Venue venue,
        ActivityFormat format,
        List<TargetGroup> targetGroups,
        UUID organizerUnitId,
        ActivityStatus status,
        @Schema(description = "Null until held") Integer participants,
        @Schema(description = "Null until held") Integer materialsDistributed,
        @Schema(description = "Times the figures were corrected after hold") int correctionCount,
        @Schema(description = "Date of the latest correction") LocalDate correctedOn,
        LocalDate cancelledOn,
        String cancelReason,
        Instant createdAt,
        Instant updatedAt) implements RecordView {

    public static ActivityView of(Activity a) {
        return new ActivityView(a.id, a.version, a.countyCode, a.townshipCode, a.villageCode, a.title, a.theme, a.heldOn,
                a.venue, a.format, List.copyOf(a.targetGroups), a.organizerUnitId, a.status, a.participants,
                a.materialsDistributed, a.correctionCount, a.correctedOn, a.cancelledOn, a.cancelReason, a.createdAt,
                a.updatedAt);
    }
}
