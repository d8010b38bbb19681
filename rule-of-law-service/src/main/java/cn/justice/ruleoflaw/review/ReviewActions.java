package cn.justice.ruleoflaw.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Bodies of the actions on a document review; dates default to today and may not lie in the future. */
public final class ReviewActions {
    private ReviewActions() {
    }

    @Schema(name = "DocumentReviewStart", description = "开始审查: RECEIVED → UNDER_REVIEW")
    public record Start(@Schema(description = "Defaults to today; not before receivedOn") LocalDate on) {
    }

    @Schema(name = "DocumentReviewOpinionIssue", description = "出具合法性审查意见: RECEIVED or UNDER_REVIEW → OPINION_ISSUED")
    public record IssueOpinion(@NotNull ReviewOpinion opinion,
                               @NotBlank @Size(max = 100) @Schema(example = "X司审〔2025〕12号") String opinionNo,
                               @Schema(description = "Defaults to today; not before receivedOn") LocalDate issuedOn) {
    }

    @Schema(name = "DocumentReviewFile", description = "备案 (三统一: 统一登记、统一编号、统一发布): OPINION_ISSUED → FILED")
    public record File(@NotBlank @Size(max = 100) @Schema(description = "统一登记号", example = "XDFG-2025-003") String registrationNo,
                       @NotBlank @Size(max = 100) @Schema(description = "统一编号 (文号)", example = "X府规〔2025〕3号") String documentNo,
                       @NotNull @Schema(description = "统一发布: the day it was published; not before the opinion") LocalDate publishedOn,
                       @Schema(description = "Defaults to today; not before publishedOn") LocalDate filedOn) {
    }
}
