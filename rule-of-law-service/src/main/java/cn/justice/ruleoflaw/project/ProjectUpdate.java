package cn.justice.ruleoflaw.project;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Body of {@code PUT …/projects/{id}} (never the township): completing a project sets completedOn. */
@Schema(name = "ProjectUpdate", description = "Corrects a project or records its completion")
public record ProjectUpdate(
        @Schema(description = "Version being edited; a stale one is a 409 (or use If-Match for 412)", example = "1") Long version,
        @NotNull ProjectKind kind,
        @NotBlank @Size(max = 200) String name,
        @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) @Schema(description = "万元") BigDecimal investment,
        LocalDate completedOn) implements ProjectService.Fields {
}
