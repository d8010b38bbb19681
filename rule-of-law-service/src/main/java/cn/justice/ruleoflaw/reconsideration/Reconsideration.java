package cn.justice.ruleoflaw.reconsideration;

import cn.justice.platform.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** 行政复议案件: a county record (no township); the applicant's data is stored encrypted. */
@Entity
@Table(name = "reconsideration")
public class Reconsideration extends TrackedEntity {
    @Column(nullable = false)
    public String applicantNameEncrypted;
    public String applicantIdEncrypted;
    public String applicantIdHash;
    public String applicantPhoneEncrypted;
    @Column(nullable = false)
    public String respondentAgency;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActionType actionType;
    @Column(nullable = false)
    public LocalDate knewOn;
    @Column(nullable = false)
    public LocalDate appliedOn;
    @Column(nullable = false)
    public LocalDate acceptanceDueOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
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
