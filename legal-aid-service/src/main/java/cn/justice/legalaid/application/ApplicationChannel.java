package cn.justice.legalaid.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How an application reached the legal aid office (申请渠道). */
@Schema(name = "LegalAidChannel", description = "WALK_IN 来访, HOTLINE_12348 12348热线, ONLINE 网上, WORKSTATION 工作站, "
        + "DETENTION_FORWARDED 监所转交 (24 h), AUTHORITY_NOTICE 公检法通知辩护 (granted on receipt)")
public enum ApplicationChannel {
    WALK_IN,
    HOTLINE_12348,
    ONLINE,
    WORKSTATION,
    DETENTION_FORWARDED,
    AUTHORITY_NOTICE
}
