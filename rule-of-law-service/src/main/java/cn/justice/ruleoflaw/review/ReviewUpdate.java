package cn.justice.ruleoflaw.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Body of {@code PUT …/document-reviews/{id}}: title, drafting unit and receipt date until it is filed. */
@Schema(name = "DocumentReviewUpdate", description = "Corrects a review until FILED; dueOn follows receivedOn")
public record ReviewUpdate(
        @Schema(description = "Version being edited; a stale one is a 409 (or use If-Match for 412)", example = "1") Long version,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 200) String draftingUnit,
        @NotNull LocalDate receivedOn) implements ReviewService.Fields {
}
