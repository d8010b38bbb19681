package cn.justice.legalaid.consultation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How people came for legal advice (咨询渠道). */
@Schema(name = "ConsultationChannel", description = "WALK_IN 来访, HOTLINE_12348 12348热线, ONLINE 网上, WORKSTATION 工作站, "
        + "VILLAGE_ADVISOR 村居法律顾问")
public enum ConsultationChannel {
    WALK_IN,
    HOTLINE_12348,
    ONLINE,
    WORKSTATION,
    VILLAGE_ADVISOR
}
