package cn.justice.publicity.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** Body of {@code POST /api/v1/publicity/responsible-units}. */
@Schema(name = "ResponsibleUnitCreate", description = "Registers a 谁执法谁普法 responsible unit of the caller's county")
public record UnitCreate(
        @Schema(description = "Client-supplied id (offline clients); the server assigns one when absent")
        UUID id,
        @NotBlank @Size(max = 200) @Schema(description = "Name of the unit", example = "X县公安局")
        String name,
        @NotNull @Schema(description = "Kind of unit")
        UnitKind kind) {
}
