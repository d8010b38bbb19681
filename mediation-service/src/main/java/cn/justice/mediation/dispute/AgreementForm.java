package cn.justice.mediation.dispute;

/** 协议形式 (书面, 口头) */
public enum AgreementForm {
    WRITTEN, ORAL
}
