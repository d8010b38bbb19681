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
    @Column(name = "applicant_name_encrypted", nullable = false)
    public String applicantNameEncrypted;
    @Column(name = "applicant_id_encrypted")
    public String applicantIdEncrypted;
    @Column(name = "applicant_id_hash")
    public String applicantIdHash;
    @Column(name = "applicant_phone_encrypted")
    public String applicantPhoneEncrypted;
    @Column(name = "respondent_agency", nullable = false)
    public String respondentAgency;
    @Enumerated(EnumType.STRING)
    @Column(name = "action_type", nullable = false)
    public ActionType actionType;
    @Column(name = "knew_on", nullable = false)
    public LocalDate knewOn;
    @Column(name = "applied_on", nullable = false)
    public LocalDate appliedOn;
    @Column(name = "acceptance_due_on", nullable = false)
    public LocalDate acceptanceDueOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReconsiderationStatus status;
    @Column(name = "accepted_on")
    public LocalDate acceptedOn;
    @Column(name = "rejected_on")
    public LocalDate rejectedOn;
    @Column(name = "reject_reason")
    public String rejectReason;
    @Enumerated(EnumType.STRING)
    public ReconsiderationProcedure procedure;
    @Column(name = "decision_due_on")
    public LocalDate decisionDueOn;
    @Column(name = "extension_days")
    public Integer extensionDays;
    @Column(name = "extended_on")
    public LocalDate extendedOn;
    @Column(name = "extension_reason")
    public String extensionReason;
    @Enumerated(EnumType.STRING)
    public ReconsiderationDecision decision;
    /** The day the case ended: decided, mediated, settled or terminated. */
    @Column(name = "closed_on")
    public LocalDate closedOn;
    @Column(name = "close_note")
    public String closeNote;
}
