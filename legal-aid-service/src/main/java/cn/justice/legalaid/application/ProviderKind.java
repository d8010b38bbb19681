package cn.justice.legalaid.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who provides the aid (承办人类别). */
@Schema(name = "ProviderKind", description = "LAWYER 律师, LEGAL_AID_STAFF 法律援助机构工作人员, GRASSROOTS_WORKER 基层法律服务工作者")
public enum ProviderKind {
    LAWYER,
    LEGAL_AID_STAFF,
    GRASSROOTS_WORKER
}
