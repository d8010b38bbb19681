package cn.justice.legalaid.workstation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Body of {@code PUT …/workstations/{id}}: name, kind, openedOn and closedOn (a correction; never the township). */
@Schema(name = "WorkstationUpdate", description = "Corrects a workstation; closedOn set means CLOSED, absent means ACTIVE")
public record WorkstationUpdate(
        @Schema(description = "Version being edited; a stale one is a 409 (or use If-Match for 412)", example = "1") Long version,
        @NotBlank @Size(max = 200) String name,
        @NotNull WorkstationKind kind,
        @NotNull LocalDate openedOn,
        LocalDate closedOn) implements WorkstationService.Fields {
}
