package cn.justice.legalaid.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 法律援助法 第49条: the 司法行政部门's decision on an objection. */
@Schema(name = "LegalAidObjectionResult", description = "UPHELD 维持 (the denial or termination stands); CORRECTED 责令改正 "
        + "(a denial goes back to review, a termination is undone: ASSIGNED)")
public enum ObjectionResult {
    UPHELD,
    CORRECTED
}
