package cn.justice.ruleoflaw.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** Body of {@code POST /api/v1/rule-of-law/document-reviews}: a draft normative document received for review. */
@Schema(name = "DocumentReviewCreate", description = "Receives a draft normative document (规范性文件) for its legality review")
public record ReviewCreate(
        @Schema(description = "Client-supplied id (offline clients); the server assigns one when absent") UUID id,
        @NotBlank @Size(max = 300) @Schema(example = "X县城乡居民临时救助办法") String title,
        @NotBlank @Size(max = 200) @Schema(description = "起草单位", example = "X县民政局") String draftingUnit,
        @NotNull @Schema(description = "Not in the future", example = "2025-09-26") LocalDate receivedOn)
        implements ReviewService.Fields {
}
