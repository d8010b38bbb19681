package cn.justice.ruleoflaw.officer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT …/enforcement-officers/{id}}: name, agency, certificate number (never the township or the lists). */
@Schema(name = "OfficerUpdate", description = "Corrects an officer; exams and trainings are added by actions")
public record OfficerUpdate(
        @Schema(description = "Version being edited; a stale one is a 409 (or use If-Match for 412)", example = "1") Long version,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 200) String agency,
        @Size(max = 50) String certificateNo) implements OfficerService.Fields {
}
