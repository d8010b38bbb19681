package cn.justice.publicity.sms;

import cn.justice.publicity.common.Theme;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Body of {@code PUT …/sms-campaigns/{id}}: sentOn, messagesSent and theme (never the township). */
@Schema(name = "SmsCampaignUpdate", description = "Corrects an SMS campaign")
public record SmsUpdate(
        @Schema(description = "Version being edited; a stale one is a 409 (or use If-Match for 412)", example = "1")
        Long version,
        @NotNull @Schema(example = "2025-12-04") LocalDate sentOn,
        @NotNull @Min(value = 0, message = "must not be negative") @Max(value = 100_000_000, message = "must be at most 100000000")
        @Schema(example = "12500", minimum = "0") Integer messagesSent,
        @NotNull Theme theme) implements SmsService.Fields {
}
