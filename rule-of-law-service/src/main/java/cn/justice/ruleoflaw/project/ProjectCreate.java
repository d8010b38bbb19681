package cn.justice.ruleoflaw.project;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Body of {@code POST /api/v1/rule-of-law/projects}. */
@Schema(name = "ProjectCreate", description = "Records a construction project (建设项目)")
public record ProjectCreate(
        @Schema(description = "Client-supplied id (offline clients); the server assigns one when absent") UUID id,
        @NotNull ProjectKind kind,
        @NotBlank @Size(max = 200) @Schema(example = "吉米镇司法所业务用房") String name,
        @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2)
        @Schema(description = "万元, at most two decimals", example = "85.5") BigDecimal investment,
        @Schema(description = "Day it was completed; absent while under way; not in the future", example = "2024-11-30")
        LocalDate completedOn,
        @Pattern(regexp = "\\d{9}", message = "must be a 9-digit township code")
        @Schema(description = "Township where it was built; absent for a county-wide project", example = "519901101")
        String townshipCode) implements ProjectService.Fields {
}
