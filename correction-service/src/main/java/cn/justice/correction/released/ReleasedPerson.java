package cn.justice.correction.released;

import cn.justice.correction.person.Gender;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 刑满释放人员 under 安置帮教: registered on release, connected (衔接), placed (安置), closed. */
@Entity
@Table(name = "released_person")
public class ReleasedPerson extends TrackedEntity {
    @Column(nullable = false)
    public String nameEncrypted;
    @Column(nullable = false)
    public String idNumberEncrypted;
    @Column(nullable = false)
    public String idNumberHash;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Gender gender;
    /** From the ID number. */
    @Column(nullable = false)
    public LocalDate birthDate;
    /** Under 18 on the day of release. */
    @Column(nullable = false)
    public boolean minor;
    @Column(nullable = false)
    public LocalDate releasedOn;
    /** releasedOn + 5 years (帮教期, {@link ReleasedRules#supportPeriodEndsOn}); follows releasedOn on every edit. */
    @Column(nullable = false)
    public LocalDate supportPeriodEndsOn;
    /** 重点帮教对象 (必接必送, {@link ReleasedRules#connectionLate}). */
    @Column(nullable = false)
    public boolean keyPerson;
    public String releasingInstitution;
    public String crime;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReleasedStatus status;
    public LocalDate connectedOn;
    public LocalDate placedOn;
    @Enumerated(EnumType.STRING)
    public Placement placement;
    // JSON values are replaced, never changed in place, so they are immutable to Hibernate, which then does not copy
    // them (serialise + parse) for its snapshot at every load and persist (JFR: 8 % of a dispute create)
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false)
    public List<Assistance> assistances = new ArrayList<>();
    /** 重新犯罪: the first re-offence recorded ({@code reoffend}); the state stays. */
    public LocalDate reoffendedOn;
    public LocalDate closedOn;
    @Enumerated(EnumType.STRING)
    public ReleasedCloseReason closeReason;
    /** Free text of the close (never in events). */
    public String closeNote;
}
