package cn.justice.publicity.unit;

import cn.justice.platform.record.RecordView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A responsible unit as the API shows it. */
@Schema(name = "ResponsibleUnit", description = "谁执法谁普法 责任单位 (a county record: townshipCode is always null)")
public record UnitView(
        UUID id,
        @Schema(description = "Optimistic concurrency version; send it as If-Match") long version,
        String countyCode,
        @Schema(description = "Always null: responsible units are county records") String townshipCode,
        String name,
        UnitKind kind,
        @Schema(description = "Planned years, in year order") List<Year> years,
        Instant createdAt,
        Instant updatedAt) implements RecordView {

    /** The plan of one year. */
    @Schema(name = "ResponsibleUnitYear")
    public record Year(@Schema(example = "2025") int year,
                       @Schema(description = "普法责任清单") List<String> items,
                       @Schema(example = "12") int plannedActivities) {
    }

    public static UnitView of(ResponsibleUnit u) {
        return new UnitView(u.id, u.version, u.countyCode, u.townshipCode, u.name, u.kind,
                u.years.stream().map(y -> new Year(y.year(), y.items(), y.plannedActivities())).toList(),
                u.createdAt, u.updatedAt);
    }
}
