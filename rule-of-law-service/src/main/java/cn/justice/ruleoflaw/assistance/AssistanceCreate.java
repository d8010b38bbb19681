package cn.justice.ruleoflaw.assistance;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/** Body of {@code POST /api/v1/rule-of-law/assistance-villages}. */
@Schema(name = "AssistanceVillageCreate", description = "Records the bureau's assistance to a village (帮扶村) in a year")
public record AssistanceCreate(
        @Schema(description = "Client-supplied id (offline clients); the server assigns one when absent") UUID id,
        @NotNull @Pattern(regexp = "\\d{12}", message = "must be a 12-digit village code")
        @Schema(description = "The village (its township follows from the code)", example = "519901101201") String villageCode,
        @NotNull @Schema(description = "2000 … the current year", example = "2024") Integer year,
        @NotNull @Min(0) @Max(1000) @Schema(description = "驻村干部 sent", example = "2") Integer cadres,
        @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2)
        @Schema(description = "帮扶资金, 万元, at most two decimals", example = "12.5") BigDecimal funds)
        implements AssistanceService.Fields {
}
