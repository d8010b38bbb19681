package cn.justice.ruleoflaw.reconsideration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Body of {@code PUT …/reconsiderations/{id}}: corrects the applicant and the facts of the application (never status). */
@Schema(name = "ReconsiderationUpdate", description = "Corrects an open case (RECEIVED or ACCEPTED); the periods are recomputed")
public record ReconsiderationUpdate(
        @Schema(description = "Version being edited; a stale one is a 409 (or use If-Match for 412)", example = "1") Long version,
        @NotNull @Valid Applicant applicant,
        @NotBlank @Size(max = 200) String respondentAgency,
        @NotNull ActionType actionType,
        @NotNull LocalDate knewOn,
        @NotNull LocalDate appliedOn) implements ReconsiderationService.Fields {
}
