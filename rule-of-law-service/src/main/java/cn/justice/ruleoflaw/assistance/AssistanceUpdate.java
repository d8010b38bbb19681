package cn.justice.ruleoflaw.assistance;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** Body of {@code PUT …/assistance-villages/{id}} (never the village). */
@Schema(name = "AssistanceVillageUpdate", description = "Corrects a village's assistance")
public record AssistanceUpdate(
        @Schema(description = "Version being edited; a stale one is a 409 (or use If-Match for 412)", example = "1") Long version,
        @NotNull Integer year,
        @NotNull @Min(0) @Max(1000) Integer cadres,
        @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) @Schema(description = "万元") BigDecimal funds)
        implements AssistanceService.Fields {
}
