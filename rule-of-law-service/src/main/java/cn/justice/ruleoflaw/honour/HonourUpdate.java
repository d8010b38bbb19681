package cn.justice.ruleoflaw.honour;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT …/honours/{id}}. */
@Schema(name = "HonourUpdate", description = "Corrects an honour")
public record HonourUpdate(
        @Schema(description = "Version being edited; a stale one is a 409 (or use If-Match for 412)", example = "1") Long version,
        @NotNull HonourLevel level,
        @NotNull Integer year,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 200) String awardee) implements HonourService.Fields {
}
