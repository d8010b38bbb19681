package cn.justice.legalaid.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 承办人: who was assigned to provide the aid (a professional; name and org stay out of events). */
@Schema(name = "Provider", description = "承办人: lawyer, legal-aid staff or grassroots legal worker")
public record Provider(
        @NotNull ProviderKind kind,
        @NotBlank @Size(max = 100) @Schema(example = "李律师") String name,
        @NotBlank @Size(max = 200) @Schema(description = "Law firm or office", example = "X县法律援助中心") String org,
        @Min(0) @Max(70) @Schema(description = "A lawyer's years of practice (执业年限); at least 3 for a possible life or "
                + "death sentence or a death-penalty review (法律援助法第26条)", example = "5")
        Integer yearsOfPractice) {
}
