package cn.justice.publicity.unit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** Answer of {@code GET …/responsible-units/{id}/years/{year}}: the year's plan against what was held. */
@Schema(name = "ResponsibleUnitYearProgress", description = "A unit's plan of one year against the activities it held")
public record YearProgress(
        UUID unitId,
        @Schema(example = "2025") int year,
        @Schema(description = "False when no plan was set for the year (items empty, plannedActivities 0)") boolean planned,
        @Schema(description = "普法责任清单") List<String> items,
        @Schema(example = "12") int plannedActivities,
        @Schema(description = "HELD activities organised by the unit with heldOn in the year (county-wide, whatever "
                + "the caller's township)", example = "9") long heldActivities,
        @Schema(description = "Version of the unit") long version) {
}
