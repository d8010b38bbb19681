package cn.justice.ruleoflaw.selection;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** Body of {@code POST /api/v1/rule-of-law/assessor-selections}. */
@Schema(name = "SelectionCreate", description = "Records a selection of people's jurors or supervisors (选任)")
public record SelectionCreate(
        @Schema(description = "Client-supplied id (offline clients); the server assigns one when absent") UUID id,
        @NotNull AssessorKind kind,
        @NotNull @Schema(description = "2000 … the current year", example = "2023") Integer year,
        @NotNull @Min(0) @Max(100000) @Schema(example = "120") Integer candidates,
        @NotNull @Min(0) @Max(100000) @Schema(description = "≤ candidates", example = "45") Integer selected)
        implements SelectionService.Fields {
}
