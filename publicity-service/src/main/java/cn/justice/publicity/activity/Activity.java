package cn.justice.publicity.activity;

import cn.justice.platform.persistence.TrackedEntity;
import cn.justice.publicity.common.Theme;
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
    public String title;
    @Enumerated(EnumType.STRING)
    public Theme theme;
    @Enumerated(EnumType.STRING)
    public Venue venue;
    @Enumerated(EnumType.STRING)
    public ActivityFormat format;
    // replaced, never changed in place: immutable to Hibernate (TrackedEntity says why)
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<TargetGroup> targetGroups = new ArrayList<>();
    public UUID organizerUnitId;
    /** The planned date while PLANNED (or CANCELLED), the actual date once HELD. */
    public LocalDate heldOn;
    @Enumerated(EnumType.STRING)
    public ActivityStatus status;
    public Integer participants;
    public Integer materialsDistributed;
    /** How many times the figures of the held activity were corrected. */
    public int correctionCount;
    public LocalDate correctedOn;
    public LocalDate cancelledOn;
    public String cancelReason;
}
