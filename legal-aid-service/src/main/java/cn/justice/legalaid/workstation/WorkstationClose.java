package cn.justice.legalaid.workstation;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Body of {@code POST …/workstations/{id}/close}. */
@Schema(name = "WorkstationClose", description = "撤销: ACTIVE → CLOSED")
public record WorkstationClose(@Schema(description = "Defaults to today; not active at the end of that day") LocalDate closedOn,
                               @Size(max = 2000) String reason) {
}
