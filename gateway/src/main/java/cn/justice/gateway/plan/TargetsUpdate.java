package cn.justice.gateway.plan;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Map;

/** Body of PUT /api/v1/plans/{planId}/indicators/{code}/targets: year → target. */
@Schema(name = "TargetsUpdate")
public record TargetsUpdate(@NotEmpty @Schema(example = "{\"2026\": 92, \"2027\": 93}") Map<Integer, @NotNull BigDecimal> targets) {
}
