package cn.justice.publicity.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT …/responsible-units/{id}}: name and kind (the year plans have their own PUT). */
@Schema(name = "ResponsibleUnitUpdate", description = "Corrects a responsible unit's name and kind")
public record UnitUpdate(
        @Schema(description = "Version being edited; a stale one is a 409 (or use If-Match for 412)", example = "1")
        Long version,
        @NotBlank @Size(max = 200) @Schema(example = "X县公安局") String name,
        @NotNull UnitKind kind) {
}
