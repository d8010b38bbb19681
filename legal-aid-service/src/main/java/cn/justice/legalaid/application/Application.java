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
    @Column(nullable = false, updatable = false)
    public String applicationNo;
    public String applicantName;
    public String applicantIdNumber;
    public String applicantIdHash;
    public String applicantPhone;
    // replaced, never changed in place: immutable to Hibernate (TrackedEntity says why)
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<ApplicantGroup> applicantGroups = new ArrayList<>();
    public boolean noFixedIncome;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ApplicationChannel channel;
    public UUID workstationId;
    @Enumerated(EnumType.STRING)
    public CaseType caseType;
    @Enumerated(EnumType.STRING)
    public Matter matter;
    @Enumerated(EnumType.STRING)
    public EconomicHardship economicHardship;
    @Enumerated(EnumType.STRING)
    public MandatoryDefenseGround mandatoryDefenseGround;
    public boolean retrialAcquittal;
    /** 法律援助法 第32条: the exemption from the hardship condition claimed for this matter, if any. */
    @Enumerated(EnumType.STRING)
    public HardshipExemption hardshipExemption;
    /** 法律援助法 第26条: the suspect or defendant may be sentenced to life imprisonment or death. */
    public boolean possibleLifeOrDeath;

    @Column(nullable = false, updatable = false)
    public LocalDate receivedOn;
    /** 监所转交: when the detainee handed the application to the detention centre. */
    public Instant submittedAt;
    /** 监所转交: when the detention centre forwarded it to the legal aid office. */
    public Instant forwardedAt;
    @Column(name = "forwarded_within_24h")
    public Boolean forwardedWithin24h;

    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;
    public boolean eligible;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<Eligibility.Basis> eligibilityBasis = new ArrayList<>();
    public String eligibilityExplanation;

    public LocalDate reviewStartedOn;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<MaterialRequest> materialRequests = new ArrayList<>();
    /** Days spent waiting for requested materials (completed waits); they move the decision deadline. */
    public int waitingDays;
    public LocalDate decisionDueOn;

    @Enumerated(EnumType.STRING)
    public Decision decision;
    public LocalDate decidedOn;
    public Boolean decidedWithinDeadline;
    public String decisionNote;
    public String denyReason;
    /** Denied although the rules found it eligible (应援未援): allowed with a reason, and it shows in the indicators. */
    public boolean deniedWhileEligible;

    /** 第43条: decidedOn + 3 days for a grant. */
    public LocalDate assignmentDueOn;

    /** 先行提供: assigned before the decision. */
    public boolean emergency;
    /** 第44条: why aid was provided before the decision. */
    @Enumerated(EnumType.STRING)
    public EmergencyGround emergencyGround;
    public LocalDate assignedOn;
    public Boolean assignedWithinDeadline;
    @Enumerated(EnumType.STRING)
    public ProviderKind providerKind;
    public String providerName;
    public String providerOrg;
    /** 第26条: the assigned lawyer's years of practice (执业年限), when given. */
    public Integer providerYearsOfPractice;

    public LocalDate closedOn;
    @Enumerated(EnumType.STRING)
    public CaseOutcome outcome;
    public String closeNote;
    /** 法律援助法 第52条: the subsidy (法律援助补贴) paid for the case, yuan. */
    public java.math.BigDecimal subsidyAmount;
    public LocalDate withdrawnOn;
    public String withdrawReason;
    /** APPLICANT, or DEEMED (视为撤回, 第43条) by the materials sweep. */
    @Enumerated(EnumType.STRING)
    public WithdrawalReason withdrawalReason;

    /** 第48条: termination of aid. */
    public LocalDate terminatedOn;
    @Enumerated(EnumType.STRING)
    public TerminationGround terminationGround;
    public String terminationNote;
    /** 第49条: the latest objection to a denial or a termination and its decision. */
    public LocalDate objectedOn;
    public String objectionReason;
    public LocalDate objectionDueOn;
    @Enumerated(EnumType.STRING)
    public ObjectionResult objectionResult;
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
