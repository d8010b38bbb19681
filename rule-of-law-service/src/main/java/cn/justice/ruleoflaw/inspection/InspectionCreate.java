package cn.justice.ruleoflaw.inspection;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** Body of {@code POST /api/v1/rule-of-law/enforcement-inspections}. */
@Schema(name = "InspectionCreate", description = "Records an enforcement supervision inspection (执法监督检查)")
public record InspectionCreate(
        @Schema(description = "Client-supplied id (offline clients); the server assigns one when absent") UUID id,
        @NotBlank @Size(max = 200) @Schema(description = "The agency inspected", example = "X县交通运输局") String agency,
        @NotNull @Schema(description = "Not in the future", example = "2025-05-20") LocalDate inspectedOn,
        @NotNull @Min(0) @Max(100000) @Schema(description = "Problems found", example = "3") Integer findings,
        @NotNull @Min(0) @Max(100000) @Schema(description = "Problems rectified so far (≤ findings)", example = "2") Integer rectified,
        @Pattern(regexp = "\\d{9}", message = "must be a 9-digit township code")
        @Schema(description = "Township inspected; absent for a county agency", example = "519901101") String townshipCode)
        implements InspectionService.Fields {
}
