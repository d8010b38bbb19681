package cn.justice.legalaid.workstation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a legal aid workstation (法律援助工作站) sits. */
@Schema(name = "WorkstationKind", description = "DETENTION_CENTER 驻看守所, ARMED_FORCES_DEPT 驻人武部, JUSTICE_OFFICE 司法所, "
        + "PUBLIC_LEGAL_SERVICE_STATION 公共法律服务站, COURT 驻法院, OTHER 其他")
public enum WorkstationKind {
    DETENTION_CENTER,
    ARMED_FORCES_DEPT,
    JUSTICE_OFFICE,
    PUBLIC_LEGAL_SERVICE_STATION,
    COURT,
    OTHER
}
