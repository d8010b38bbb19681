package cn.justice.legalaid.workstation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** Body of {@code POST /api/v1/legal-aid/workstations}: opens a workstation (or records a closed one). */
@Schema(name = "WorkstationCreate", description = "Opens a legal aid workstation (工作站); with closedOn it is recorded as CLOSED")
public record WorkstationCreate(
        @Schema(description = "Client-supplied id (offline clients); the server assigns one when absent") UUID id,
        @NotBlank @Size(max = 200) @Schema(example = "X县看守所法律援助工作站") String name,
        @NotNull WorkstationKind kind,
        @NotNull @Pattern(regexp = "\\d{9}", message = "must be a 9-digit township code")
        @Schema(description = "Township (乡镇) where it sits", example = "519901100") String townshipCode,
        @NotNull @Schema(description = "Not in the future", example = "2021-03-01") LocalDate openedOn,
        @Schema(description = "Historical records: the day it closed (not active at its end)") LocalDate closedOn)
        implements WorkstationService.Fields {
}
