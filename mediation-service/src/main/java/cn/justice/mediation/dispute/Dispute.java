package cn.justice.mediation.dispute;

import cn.justice.platform.persistence.TrackedEntity;
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
    public String villageCode;
    public UUID committeeId;
    @Enumerated(EnumType.STRING)
    public DisputeSource source;
    @Enumerated(EnumType.STRING)
    public DisputeCategory category;
    @Enumerated(EnumType.STRING)
    public Mechanism mechanism;
    public String summary;
    public BigDecimal amountInvolved;
    public LocalDate registeredOn;
    @Enumerated(EnumType.STRING)
    public DisputeStatus status;
    public LocalDate acceptedOn;
    public LocalDate dueOn;
    public LocalDate closedOn;
    // replaced, never changed in place: immutable to Hibernate (TrackedEntity says why)
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<Party.Stored> parties = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<UUID> mediatorIds = new ArrayList<>();
    public String rejectReason;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Agreement agreement;
    public String failReason;
    @Enumerated(EnumType.STRING)
    public Referral referral;
    public String withdrawReason;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<FollowUp> followUps = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public JudicialConfirmation judicialConfirmation;
    /** 纠纷激化风险 (人民调解法第25条); null: not assessed. */
    @Enumerated(EnumType.STRING)
    public EscalationRisk escalationRisk;
    /** The date the dispute was reported to the police as one that may escalate (人民调解法第25条). */
    public LocalDate reportedToPoliceOn;
    /** The date of the latest {@code reopen} (mediated again after an INVALID judicial confirmation). */
    public LocalDate reopenedOn;
    /** The latest agreement ruled invalid, kept by {@code reopen}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
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
