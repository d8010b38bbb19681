package cn.justice.ruleoflaw.project;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What was built. */
@Schema(name = "ProjectKind", description = "COMMAND_CENTER 指挥中心, JUSTICE_OFFICE 司法所, VIDEO_CONFERENCE 视频会议系统, "
        + "PUBLIC_LEGAL_SERVICE_CENTER 公共法律服务中心, OTHER 其他")
public enum ProjectKind {
    COMMAND_CENTER,
    JUSTICE_OFFICE,
    VIDEO_CONFERENCE,
    PUBLIC_LEGAL_SERVICE_CENTER,
    OTHER
}
