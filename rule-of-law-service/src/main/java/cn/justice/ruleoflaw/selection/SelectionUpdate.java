package cn.justice.ruleoflaw.selection;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT …/assessor-selections/{id}}. */
@Schema(name = "SelectionUpdate", description = "Corrects a selection")
public record SelectionUpdate(
        @Schema(description = "Version being edited; a stale one is a 409 (or use If-Match for 412)", example = "1") Long version,
        @NotNull AssessorKind kind,
        @NotNull Integer year,
        @NotNull @Min(0) @Max(100000) Integer candidates,
        @NotNull @Min(0) @Max(100000) Integer selected) implements SelectionService.Fields {
}
