package cn.justice.publicity.sms;

import cn.justice.publicity.common.Theme;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** Body of {@code POST /api/v1/publicity/sms-campaigns}. */
@Schema(name = "SmsCampaignCreate", description = "Records an SMS campaign (普法短信); county-wide when townshipCode is absent")
public record SmsCreate(
        @Schema(description = "Client-supplied id (offline clients); the server assigns one when absent")
        UUID id,
        @NotNull @Schema(description = "Date sent, not in the future", example = "2025-12-04")
        LocalDate sentOn,
        @Pattern(regexp = "\\d{9}", message = "must be a 9-digit township code")
        @Schema(description = "Township (乡镇); absent for a county-wide campaign (county-admin/integration only)",
                example = "519901101")
        String townshipCode,
        @NotNull @Min(value = 0, message = "must not be negative") @Max(value = 100_000_000, message = "must be at most 100000000")
        @Schema(description = "Messages sent", example = "12000", minimum = "0")
        Integer messagesSent,
        @NotNull Theme theme) implements SmsService.Fields {
}
