package cn.justice.legalaid.workstation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ACTIVE (运行) until closed; CLOSED (撤销) once {@code closedOn} is set. */
@Schema(name = "WorkstationStatus", description = "ACTIVE 运行中, CLOSED 已撤销 (closedOn set)")
public enum WorkstationStatus {
    ACTIVE,
    CLOSED
}
