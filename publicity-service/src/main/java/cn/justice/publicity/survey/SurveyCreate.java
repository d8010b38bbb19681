package cn.justice.publicity.survey;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** Body of {@code POST /api/v1/publicity/surveys}. */
@Schema(name = "SurveyCreate", description = "Records a 普法知晓率/满意率 survey of a township; aware ≤ respondents, "
        + "satisfied ≤ respondents")
public record SurveyCreate(
        @Schema(description = "Client-supplied id (offline clients); the server assigns one when absent")
        UUID id,
        @NotNull @Schema(description = "Survey year, 2000 to the current year", example = "2025") Integer year,
        @NotNull @Pattern(regexp = "\\d{9}", message = "must be a 9-digit township code")
        @Schema(description = "Township (乡镇) code", example = "519901101") String townshipCode,
        @NotNull @Min(value = 0, message = "must not be negative") @Max(value = 10_000_000, message = "must be at most 10000000")
        @Schema(example = "400", minimum = "0") Integer respondents,
        @NotNull @Min(value = 0, message = "must not be negative") @Max(value = 10_000_000, message = "must be at most 10000000")
        @Schema(description = "Respondents aware of the law (知晓)", example = "372", minimum = "0") Integer aware,
        @NotNull @Min(value = 0, message = "must not be negative") @Max(value = 10_000_000, message = "must be at most 10000000")
        @Schema(description = "Respondents satisfied (满意)", example = "360", minimum = "0") Integer satisfied)
        implements SurveyService.Fields {
}
