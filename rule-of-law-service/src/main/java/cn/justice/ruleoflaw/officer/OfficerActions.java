package cn.justice.ruleoflaw.officer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Bodies of the actions on an enforcement officer, also the entries of its lists; dates not in the future. */
public final class OfficerActions {
    private OfficerActions() {
    }

    @Schema(name = "OfficerExam", description = "执法证考试: one sitting of the law-enforcement certificate exam")
    public record Exam(@NotNull @Schema(example = "2025-06-14") LocalDate date,
                       @NotNull @Schema(description = "合格") Boolean passed,
                       @Min(0) @Max(100) @Schema(description = "Score (0 … 100), when known") Integer score) {
    }

    @Schema(name = "OfficerTraining", description = "执法培训: hours of one training")
    public record Training(@NotNull @Schema(example = "2025-04-10") LocalDate date,
                           @NotNull @Min(1) @Max(200) @Schema(description = "Whole hours (学时)", example = "8") Integer hours,
                           @Size(max = 200) @Schema(example = "行政处罚法") String topic) {
    }
}
