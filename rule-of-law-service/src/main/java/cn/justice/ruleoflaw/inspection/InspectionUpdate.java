package cn.justice.ruleoflaw.inspection;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Body of {@code PUT …/enforcement-inspections/{id}} (never the township); rectifications are recorded here. */
@Schema(name = "InspectionUpdate", description = "Corrects an inspection, e.g. more findings rectified")
public record InspectionUpdate(
        @Schema(description = "Version being edited; a stale one is a 409 (or use If-Match for 412)", example = "1") Long version,
        @NotBlank @Size(max = 200) String agency,
        @NotNull LocalDate inspectedOn,
        @NotNull @Min(0) @Max(100000) Integer findings,
        @NotNull @Min(0) @Max(100000) Integer rectified) implements InspectionService.Fields {
}
