package cn.justice.legalaid.dutylawyer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** Body of {@code POST /api/v1/legal-aid/duty-lawyer-services}. */
@Schema(name = "DutyLawyerServiceCreate", description = "Records services of duty lawyers (值班律师, 法律援助法第30条) of a "
        + "day, place and kind; county-wide when townshipCode is absent")
public record DutyLawyerCreate(
        @Schema(description = "Client-supplied id (offline clients); the server assigns one when absent") UUID id,
        @NotNull @Schema(description = "Not in the future", example = "2025-03-03") LocalDate date,
        @Pattern(regexp = "\\d{9}", message = "must be a 9-digit township code")
        @Schema(description = "Township; absent for the county's detention centre, court or procuratorate (county-admin/"
                + "integration only)", example = "519901101") String townshipCode,
        @NotNull DutyLawyerPlace place,
        @NotNull DutyLawyerKind kind,
        @NotNull @Min(value = 1, message = "must be at least 1") @Max(value = 100_000, message = "must be at most 100000")
        @Schema(description = "Services in this entry (≥ 1; batch entry)", example = "6", minimum = "1") Integer count)
        implements DutyLawyerServices.Fields {
}
