package cn.justice.mediation.committee;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Map;

/** Bodies of the committee actions (DESIGN §5.5). */
public final class CommitteeActions {
    private CommitteeActions() {
    }

    @Schema(name = "CommitteeAssess", description = "规范化评估: the outcome of each criterion of the checklist "
            + "(GET …/committees/standardization-criteria). Missing criteria count as unmet; unknown codes are a 400. "
            + "The committee is standardized when every criterion is met.")
    public record Assess(
            @NotNull @Schema(description = "Date of the assessment", example = "2025-11-20") LocalDate assessedOn,
            @NotNull @Size(max = 100)
            @Schema(description = "criterion code → met", example = "{\"NAME_PLATE\": true, \"PREMISES\": true, "
                    + "\"RULES_DISPLAYED\": true, \"MIN_THREE_MEMBERS\": true, \"CASE_FILES_COMPLETE\": false, "
                    + "\"FILED_WITH_BUREAU\": true}")
            Map<String, Boolean> criteria) {
    }

    @Schema(name = "CommitteeDissolve", description = "撤销: the committee stops working")
    public record Dissolve(
            @NotNull @Schema(description = "Date dissolved", example = "2025-12-31") LocalDate dissolvedOn,
            @Size(max = 2000) @Schema(description = "Why", example = "村委会合并") String reason) {
    }
}
