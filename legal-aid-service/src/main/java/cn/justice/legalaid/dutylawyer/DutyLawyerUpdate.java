package cn.justice.legalaid.dutylawyer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Body of {@code PUT …/duty-lawyer-services/{id}}: date, place, kind and count (never the township). */
@Schema(name = "DutyLawyerServiceUpdate", description = "Corrects a duty lawyer entry")
public record DutyLawyerUpdate(
        @Schema(description = "Version being edited; a stale one is a 409 (or use If-Match for 412)", example = "1") Long version,
        @NotNull LocalDate date,
        @NotNull DutyLawyerPlace place,
        @NotNull DutyLawyerKind kind,
        @NotNull @Min(value = 1, message = "must be at least 1") @Max(value = 100_000, message = "must be at most 100000")
        @Schema(minimum = "1") Integer count) implements DutyLawyerServices.Fields {
}
