package cn.justice.legalaid.advisor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Body of {@code PUT …/village-advisors/{id}}: advisorName, firm, from, to (never the village). */
@Schema(name = "VillageAdvisorUpdate", description = "Corrects an advisor period")
public record AdvisorUpdate(
        @Schema(description = "Version being edited; a stale one is a 409 (or use If-Match for 412)", example = "1") Long version,
        @NotBlank @Size(max = 100) String advisorName,
        @NotBlank @Size(max = 200) String firm,
        @NotNull LocalDate from,
        @Schema(description = "Last day (inclusive); required once ENDED") LocalDate to)
        implements AdvisorService.Fields {
}
