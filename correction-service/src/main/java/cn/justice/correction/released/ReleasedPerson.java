package cn.justice.correction.released;

import cn.justice.correction.person.Gender;
import cn.justice.platform.persistence.TrackedEntity;
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
    public String nameEncrypted;
    public String idNumberEncrypted;
    public String idNumberHash;
    @Enumerated(EnumType.STRING)
    public Gender gender;
    /** From the ID number. */
    public LocalDate birthDate;
    /** Under 18 on the day of release. */
    public boolean minor;
    public LocalDate releasedOn;
    /** releasedOn + 5 years (帮教期, {@link ReleasedRules#supportPeriodEndsOn}); follows releasedOn on every edit. */
    public LocalDate supportPeriodEndsOn;
    /** 重点帮教对象 (必接必送, {@link ReleasedRules#connectionLate}). */
    public boolean keyPerson;
    public String releasingInstitution;
    public String crime;
    @Enumerated(EnumType.STRING)
    public ReleasedStatus status;
    public LocalDate connectedOn;
    public LocalDate placedOn;
    @Enumerated(EnumType.STRING)
    public Placement placement;
    // replaced, never changed in place: immutable to Hibernate (TrackedEntity says why)
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<Assistance> assistances = new ArrayList<>();
    /** 重新犯罪: the first re-offence recorded ({@code reoffend}); the state stays. */
    public LocalDate reoffendedOn;
    public LocalDate closedOn;
    @Enumerated(EnumType.STRING)
    public ReleasedCloseReason closeReason;
    /** Free text of the close (never in events). */
    public String closeNote;
}
