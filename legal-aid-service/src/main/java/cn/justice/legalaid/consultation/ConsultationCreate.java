package cn.justice.legalaid.consultation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** Body of {@code POST /api/v1/legal-aid/consultations}. */
@Schema(name = "ConsultationCreate", description = "Records legal consultations (法律咨询), one or a batch of a day")
public record ConsultationCreate(
        @Schema(description = "Client-supplied id (offline clients); the server assigns one when absent") UUID id,
        @NotNull @Schema(description = "Not in the future", example = "2025-03-03") LocalDate date,
        @NotNull ConsultationChannel channel,
        @NotNull @Pattern(regexp = "\\d{9}", message = "must be a 9-digit township code")
        @Schema(example = "519901101") String townshipCode,
        @Pattern(regexp = "\\d{12}", message = "must be a 12-digit village code")
        @Schema(description = "Village or community within the township (e.g. a village advisor's)", example = "519901101201")
        String villageCode,
        @NotBlank @Size(max = 200) @Schema(description = "Subject (kept in the service, not in events)", example = "婚姻家庭")
        String topic,
        @NotNull @Min(value = 1, message = "must be at least 1") @Max(value = 100_000, message = "must be at most 100000")
        @Schema(description = "Consultations in this entry (≥ 1; batch entry from a busy desk)", example = "12", minimum = "1")
        Integer count) implements ConsultationService.Fields {
}
