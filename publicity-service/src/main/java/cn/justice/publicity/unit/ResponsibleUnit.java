package cn.justice.publicity.unit;

import cn.justice.platform.persistence.TrackedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.util.ArrayList;
import java.util.List;

/**
 * 谁执法谁普法 责任单位: a county record ({@code townshipCode} always null) with, per year, its responsibility list
 * (普法责任清单) and the number of publicity activities it plans.
 */
@Entity
@Table(name = "responsible_unit")
public class ResponsibleUnit extends TrackedEntity {
    public String name;
    @Enumerated(EnumType.STRING)
    public UnitKind kind;
    /** One element per planned year, in year order. */
    // replaced, never changed in place: immutable to Hibernate (TrackedEntity says why)
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<YearPlan> years = new ArrayList<>();

    /** The plan of one year. */
    public record YearPlan(int year, List<String> items, int plannedActivities) {
    }

    public YearPlan year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst().orElse(null);
    }
}
