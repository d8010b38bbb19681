package cn.justice.publicity.activity;

import cn.justice.platform.persistence.TrackedEntity;
import cn.justice.publicity.common.Theme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * 法治宣传活动: planned, then held with its actual figures (participants, materials distributed) or cancelled. The
 * figures of a held activity can be corrected later; only the latest figures count.
 */
@Entity
@Table(name = "activity")
public class Activity extends TrackedEntity {
    public String villageCode;
    @Column(nullable = false)
    public String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Theme theme;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Venue venue;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityFormat format;
    // JSON values are replaced, never changed in place, so they are immutable to Hibernate, which then does not copy
    // them (serialise + parse) for its snapshot at every load and persist (JFR: 8 % of a dispute create)
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false)
    public List<TargetGroup> targetGroups = new ArrayList<>();
    @Column(nullable = false)
    public UUID organizerUnitId;
    /** The planned date while PLANNED (or CANCELLED), the actual date once HELD. */
    @Column(nullable = false)
    public LocalDate heldOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityStatus status;
    public Integer participants;
    public Integer materialsDistributed;
    /** How many times the figures of the held activity were corrected. */
    @Column(nullable = false)
    public int correctionCount;
    public LocalDate correctedOn;
    public LocalDate cancelledOn;
    public String cancelReason;
}
