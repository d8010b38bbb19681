package cn.justice.mediation.mediator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * Body of {@code PUT …/mediators/{id}}: the editable fields, all of them (an absent termEndsOn is cleared). Never
 * status, committee, appointment or trainings (creation and actions set those). Send the version as If-Match (stale:
 * 412) or as {@code version} (stale: 409).
 */
@Schema(name = "MediatorUpdate", description = "Corrects the editable fields of a mediator")
public record MediatorUpdate(
        @Schema(description = "Version being edited; a stale one is a 409 (or use If-Match for 412)", example = "1")
        Long version,
        @NotBlank @Size(max = 100) @Schema(example = "阿木拉且")
        String name,
        @NotNull
        MediatorKind kind,
        @NotNull @Schema(description = "德古", example = "true")
        Boolean traditional,
        @Schema(example = "2029-02-28")
        LocalDate termEndsOn) {
}
