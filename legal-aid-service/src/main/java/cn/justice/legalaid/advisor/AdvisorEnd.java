package cn.justice.legalaid.advisor;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Body of {@code POST …/village-advisors/{id}/end}. */
@Schema(name = "VillageAdvisorEnd", description = "解聘/期满: ACTIVE → ENDED")
public record AdvisorEnd(@Schema(description = "Last day served (inclusive); defaults to today") LocalDate to,
                         @Size(max = 2000) String reason) {
}
