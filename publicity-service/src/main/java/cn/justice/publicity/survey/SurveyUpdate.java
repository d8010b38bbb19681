package cn.justice.publicity.survey;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT …/surveys/{id}}: year and figures (never the township). */
@Schema(name = "SurveyUpdate", description = "Corrects a survey's year and figures")
public record SurveyUpdate(
        @Schema(description = "Version being edited; a stale one is a 409 (or use If-Match for 412)", example = "1")
        Long version,
        @NotNull @Schema(example = "2025") Integer year,
        @NotNull @Min(value = 0, message = "must not be negative") @Max(value = 10_000_000, message = "must be at most 10000000")
        @Schema(example = "400", minimum = "0") Integer respondents,
        @NotNull @Min(value = 0, message = "must not be negative") @Max(value = 10_000_000, message = "must be at most 10000000")
        @Schema(example = "380", minimum = "0") Integer aware,
        @NotNull @Min(value = 0, message = "must not be negative") @Max(value = 10_000_000, message = "must be at most 10000000")
        @Schema(example = "365", minimum = "0") Integer satisfied) implements SurveyService.Fields {
}
