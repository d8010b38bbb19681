package cn.justice.ruleoflaw.reconsideration;

import cn.justice.platform.persistence.TrackedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** 行政复议案件: a county record (no township); the applicant's data is stored encrypted. */
@Entity
@Table(name = "reconsideration")
public class Reconsideration extends TrackedEntity {
    public String applicantNameEncrypted;
    public String applicantIdEncrypted;
    public String applicantIdHash;
    public String applicantPhoneEncrypted;
    public String respondentAgency;
    @Enumerated(EnumType.STRING)
    public ActionType actionType;
    public LocalDate knewOn;
    public LocalDate appliedOn;
    public LocalDate acceptanceDueOn;
    @Enumerated(EnumType.STRING)
    public ReconsiderationStatus status;
    public LocalDate acceptedOn;
    public LocalDate rejectedOn;
    public String rejectReason;
    @Enumerated(EnumType.STRING)
    public ReconsiderationProcedure procedure;
    public LocalDate decisionDueOn;
    public Integer extensionDays;
    public LocalDate extendedOn;
    public String extensionReason;
    @Enumerated(EnumType.STRING)
    public ReconsiderationDecision decision;
    /** The day the case ended: decided, mediated, settled or terminated. */
    public LocalDate closedOn;
    public String closeNote;
}
