package cn.justice.legalaid.advisor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** Body of {@code POST /api/v1/legal-aid/village-advisors}: appoints an advisor to a village for a period. */
@Schema(name = "VillageAdvisorCreate", description = "Appoints a village/community legal advisor (村居法律顾问)")
public record AdvisorCreate(
        @Schema(description = "Client-supplied id (offline clients); the server assigns one when absent") UUID id,
        @NotNull @Pattern(regexp = "\\d{12}", message = "must be a 12-digit village code")
        @Schema(description = "Village or community (its township follows from the code)", example = "519901101201") String villageCode,
        @NotBlank @Size(max = 100) @Schema(example = "王律师") String advisorName,
        @NotBlank @Size(max = 200) @Schema(example = "X县正义律师事务所") String firm,
        @NotNull @Schema(description = "First day, not in the future", example = "2025-01-01") LocalDate from,
        @Schema(description = "Last day (inclusive), if known", example = "2025-12-31") LocalDate to)
        implements AdvisorService.Fields {
}
