package cn.justice.mediation.dispute;

/** 当事人角色 */
public enum PartyRole {
    APPLICANT, RESPONDENT
}
