package cn.justice.publicity.unit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Body of {@code PUT …/responsible-units/{id}/years/{year}}: the year's responsibility list and planned activities. */
@Schema(name = "ResponsibleUnitYearPlan", description = "普法责任清单 and planned number of activities of one year; "
        + "replaces the year's plan")
public record YearPlanBody(
        @Schema(description = "Version of the unit being edited; a stale one is a 409 (or use If-Match for 412)", example = "1")
        Long version,
        @NotNull @Size(max = 100)
        @Schema(description = "Responsibility items (普法责任清单)", example = "[\"宣传反电信网络诈骗法\", \"开展禁毒宣传进校园\"]")
        List<@NotBlank @Size(max = 500) String> items,
        @NotNull @Min(value = 0, message = "must not be negative") @Max(value = 100000, message = "must be at most 100000")
        @Schema(description = "Number of activities the unit plans to organise in the year", example = "12", minimum = "0")
        Integer plannedActivities) {
}
