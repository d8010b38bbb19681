package cn.justice.legalaid.consultation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Body of {@code PUT …/consultations/{id}}: every field but the township. */
@Schema(name = "ConsultationUpdate", description = "Corrects a consultation entry")
public record ConsultationUpdate(
        @Schema(description = "Version being edited; a stale one is a 409 (or use If-Match for 412)", example = "1") Long version,
        @NotNull LocalDate date,
        @NotNull ConsultationChannel channel,
        @Pattern(regexp = "\\d{12}", message = "must be a 12-digit village code") String villageCode,
        @NotBlank @Size(max = 200) String topic,
        @NotNull @Min(value = 1, message = "must be at least 1") @Max(value = 100_000, message = "must be at most 100000")
        @Schema(minimum = "1") Integer count) implements ConsultationService.Fields {
}
