package cn.justice.mediation.dispute;

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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.UUID;

/** 矛盾纠纷: a dispute handled by a people's mediation committee. */
@Entity
@Table(name = "dispute")
public class Dispute extends TrackedEntity {
    @Column(name = "village_code")
    public String villageCode;
    @Column(name = "committee_id")
    public UUID committeeId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisputeSource source;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisputeCategory category;
    @Enumerated(EnumType.STRING)
    public Mechanism mechanism;
    @Column(nullable = false)
    public String summary;
    @Column(name = "amount_involved")
    public BigDecimal amountInvolved;
    @Column(name = "registered_on", nullable = false)
    public LocalDate registeredOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisputeStatus status;
    @Column(name = "accepted_on")
    public LocalDate acceptedOn;
    @Column(name = "due_on")
    public LocalDate dueOn;
    @Column(name = "closed_on")
    public LocalDate closedOn;
    // JSON values are replaced, never changed in place, so they are immutable to Hibernate, which then does not copy
    // them (serialise + parse) for its snapshot at every load and persist (JFR: 8 % of a dispute create)
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false)
    public List<Party.Stored> parties = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "mediator_ids", nullable = false)
    public List<UUID> mediatorIds = new ArrayList<>();
    @Column(name = "reject_reason")
    public String rejectReason;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Agreement agreement;
    @Column(name = "fail_reason")
    public String failReason;
    @Enumerated(EnumType.STRING)
    public Referral referral;
    @Column(name = "withdraw_reason")
    public String withdrawReason;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "follow_ups", nullable = false)
    public List<FollowUp> followUps = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "judicial_confirmation")
    public JudicialConfirmation judicialConfirmation;
    /** 纠纷激化风险 (人民调解法第25条); null: not assessed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "escalation_risk")
    public EscalationRisk escalationRisk;
    /** The date the dispute was reported to the police as one that may escalate (人民调解法第25条). */
    @Column(name = "reported_to_police_on")
    public LocalDate reportedToPoliceOn;
    /** The date of the latest {@code reopen} (mediated again after an INVALID judicial confirmation). */
    @Column(name = "reopened_on")
    public LocalDate reopenedOn;
    /** The latest agreement ruled invalid, kept by {@code reopen}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "invalidated_agreement")
    public InvalidatedAgreement invalidatedAgreement;

    /** The date the current mediation began: the latest reopening, else the acceptance. */
    public LocalDate mediationStartedOn() {
        return reopenedOn != null ? reopenedOn : acceptedOn;
    }

    /** Past {@code dueOn} and still being mediated. */
    public boolean overdue(LocalDate today) {
        return status == DisputeStatus.ACCEPTED && dueOn != null && today.isAfter(dueOn);
    }
}
