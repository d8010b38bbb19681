package cn.justice.legalaid.notarization;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** Body of {@code POST /api/v1/legal-aid/notarizations}. */
@Schema(name = "NotarizationCreate", description = "Records notarial acts (公证); county-wide when townshipCode is absent")
public record NotarizationCreate(
        @Schema(description = "Client-supplied id (offline clients); the server assigns one when absent") UUID id,
        @NotNull @Schema(description = "Not in the future", example = "2025-03-03") LocalDate date,
        @NotNull NotarizationKind kind,
        @Pattern(regexp = "\\d{9}", message = "must be a 9-digit township code")
        @Schema(description = "Township; absent for the county notary office's figures (county-admin/integration only)",
                example = "519901101") String townshipCode,
        @NotNull @Min(value = 1, message = "must be at least 1") @Max(value = 100_000, message = "must be at most 100000")
        @Schema(description = "Notarial acts in this entry", example = "5", minimum = "1") Integer count)
        implements NotarizationService.Fields {
}
