package cn.justice.legalaid.application;

import cn.justice.platform.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * 法律援助申请: from receipt through review and decision to assignment and closing. The applicant's name, ID number
 * and phone are held encrypted ({@code v1:…}); {@code applicantIdHash} is the keyed hash for exact search.
 */
@Entity
@Table(name = "application")
public class Application extends TrackedEntity {
    @Column(name = "application_no", nullable = false, updatable = false)
    public String applicationNo;
    @Column(name = "applicant_name", nullable = false)
    public String applicantName;
    @Column(name = "applicant_id_number", nullable = false)
    public String applicantIdNumber;
    @Column(name = "applicant_id_hash", nullable = false)
    public String applicantIdHash;
    @Column(name = "applicant_phone")
    public String applicantPhone;
    // JSON values are replaced, never changed in place, so they are immutable to Hibernate, which then does not copy
    // them (serialise + parse) for its snapshot at every load and persist (JFR: 8 % of a dispute create)
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "applicant_groups", nullable = false)
    public List<ApplicantGroup> applicantGroups = new ArrayList<>();
    @Column(name = "no_fixed_income", nullable = false)
    public boolean noFixedIncome;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ApplicationChannel channel;
    @Column(name = "workstation_id")
    public UUID workstationId;
    @Enumerated(EnumType.STRING)
    @Column(name = "case_type", nullable = false)
    public CaseType caseType;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Matter matter;
    @Enumerated(EnumType.STRING)
    @Column(name = "economic_hardship", nullable = false)
    public EconomicHardship economicHardship;
    @Enumerated(EnumType.STRING)
    @Column(name = "mandatory_defense_ground")
    public MandatoryDefenseGround mandatoryDefenseGround;
    @Column(name = "retrial_acquittal", nullable = false)
    public boolean retrialAcquittal;
    /** 法律援助法 第32条: the exemption from the hardship condition claimed for this matter, if any. */
    @Enumerated(EnumType.STRING)
    @Column(name = "hardship_exemption")
    public HardshipExemption hardshipExemption;
    /** 法律援助法 第26条: the suspect or defendant may be sentenced to life imprisonment or death. */
    @Column(name = "possible_life_or_death", nullable = false)
    public boolean possibleLifeOrDeath;

    @Column(name = "received_on", nullable = false, updatable = false)
    public LocalDate receivedOn;
    /** 监所转交: when the detainee handed the application to the detention centre. */
    @Column(name = "submitted_at")
    public Instant submittedAt;
    /** 监所转交: when the detention centre forwarded it to the legal aid office. */
    @Column(name = "forwarded_at")
    public Instant forwardedAt;
    @Column(name = "forwarded_within_24h")
    public Boolean forwardedWithin24h;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;
    @Column(nullable = false)
    public boolean eligible;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "eligibility_basis", nullable = false)
    public List<Eligibility.Basis> eligibilityBasis = new ArrayList<>();
    @Column(name = "eligibility_explanation", nullable = false)
    public String eligibilityExplanation;

    @Column(name = "review_started_on")
    public LocalDate reviewStartedOn;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "material_requests", nullable = false)
    public List<MaterialRequest> materialRequests = new ArrayList<>();
    /** Days spent waiting for requested materials (completed waits); they move the decision deadline. */
    @Column(name = "waiting_days", nullable = false)
    public int waitingDays;
    @Column(name = "decision_due_on", nullable = false)
    public LocalDate decisionDueOn;

    @Enumerated(EnumType.STRING)
    public Decision decision;
    @Column(name = "decided_on")
    public LocalDate decidedOn;
    @Column(name = "decided_within_deadline")
    public Boolean decidedWithinDeadline;
    @Column(name = "decision_note")
    public String decisionNote;
    @Column(name = "deny_reason")
    public String denyReason;
    /** Denied although the rules found it eligible (应援未援): allowed with a reason, and it shows in the indicators. */
    @Column(name = "denied_while_eligible", nullable = false)
    public boolean deniedWhileEligible;

    /** 第43条: decidedOn + 3 days for a grant. */
    @Column(name = "assignment_due_on")
    public LocalDate assignmentDueOn;

    /** 先行提供: assigned before the decision. */
    @Column(nullable = false)
    public boolean emergency;
    /** 第44条: why aid was provided before the decision. */
    @Enumerated(EnumType.STRING)
    @Column(name = "emergency_ground")
    public EmergencyGround emergencyGround;
    @Column(name = "assigned_on")
    public LocalDate assignedOn;
    @Column(name = "assigned_within_deadline")
    public Boolean assignedWithinDeadline;
    @Enumerated(EnumType.STRING)
    @Column(name = "provider_kind")
    public ProviderKind providerKind;
    @Column(name = "provider_name")
    public String providerName;
    @Column(name = "provider_org")
    public String providerOrg;
    /** 第26条: the assigned lawyer's years of practice (执业年限), when given. */
    @Column(name = "provider_years_of_practice")
    public Integer providerYearsOfPractice;

    @Column(name = "closed_on")
    public LocalDate closedOn;
    @Enumerated(EnumType.STRING)
    public CaseOutcome outcome;
    @Column(name = "close_note")
    public String closeNote;
    /** 法律援助法 第52条: the subsidy (法律援助补贴) paid for the case, yuan. */
    @Column(name = "subsidy_amount")
    public java.math.BigDecimal subsidyAmount;
    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;
    @Column(name = "withdraw_reason")
    public String withdrawReason;
    /** APPLICANT, or DEEMED (视为撤回, 第43条) by the materials sweep. */
    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawal_reason")
    public WithdrawalReason withdrawalReason;

    /** 第48条: termination of aid. */
    @Column(name = "terminated_on")
    public LocalDate terminatedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "termination_ground")
    public TerminationGround terminationGround;
    @Column(name = "termination_note")
    public String terminationNote;
    /** 第49条: the latest objection to a denial or a termination and its decision. */
    @Column(name = "objected_on")
    public LocalDate objectedOn;
    @Column(name = "objection_reason")
    public String objectionReason;
    @Column(name = "objection_due_on")
    public LocalDate objectionDueOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "objection_result")
    public ObjectionResult objectionResult;
    @Column(name = "objection_decided_on")
    public LocalDate objectionDecidedOn;

    /** 第49条: an objection undecided past its 5 days. */
    public boolean objectionOverdue(LocalDate today) {
        return status == ApplicationStatus.OBJECTED && objectionDueOn != null && today.isAfter(objectionDueOn);
    }

    /** The facts the eligibility rules read. */
    public Eligibility.Facts facts() {
        EnumSet<ApplicantGroup> groups = EnumSet.noneOf(ApplicantGroup.class);
        groups.addAll(applicantGroups);
        return new Eligibility.Facts(caseType, matter, groups, noFixedIncome, retrialAcquittal, mandatoryDefenseGround,
                channel, economicHardship, hardshipExemption);
    }

    /** Undecided and past its decision date. */
    public boolean overdue(LocalDate today) {
        return decision == null && status != ApplicationStatus.WITHDRAWN && today.isAfter(decisionDueOn);
    }

    /** 第44条: an emergency assignment whose file is still to be completed: flagged until the decision. */
    public boolean emergencyUndecided() {
        return emergency && decision == null && status == ApplicationStatus.ASSIGNED;
    }

    /** The current request of materials, if the application is waiting for one. */
    public MaterialRequest openRequest() {
        return materialRequests.isEmpty() || materialRequests.get(materialRequests.size() - 1).receivedOn() != null
                ? null : materialRequests.get(materialRequests.size() - 1);
    }
}
