package cn.justice.mediation.committee;

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
import java.util.List;

/**
 * 人民调解委员会 (调委会): a people's mediation committee of a township, village or trade, with its 备案 (filing with
 * the justice bureau) and its latest 规范化 (standardisation) assessment.
 */
@Entity
@Table(name = "committee")
public class Committee extends TrackedEntity {
    public String name;
    @Enumerated(EnumType.STRING)
    public CommitteeType type;
    public String villageCode;
    public LocalDate establishedOn;
    /** 备案: the date the committee was filed with the justice bureau. */
    public LocalDate filedOn;
    public int memberCount;
    /** 妇女成员 (人民调解法第8条: at least one); null: never recorded (committees registered before the rule). */
    public Integer womenMembers;
    /** 少数民族成员 (人民调解法第8条: at least one in a multi-ethnic county); null: never recorded. */
    public Integer minorityMembers;
    /** End of the committee's current 3-year term (人民调解法第9条); null: never recorded. */
    public LocalDate termEndsOn;

    /** The composition (women and minority members) was never recorded. */
    public boolean compositionUnknown() {
        return womenMembers == null || minorityMembers == null;
    }
    @Enumerated(EnumType.STRING)
    public CommitteeStatus status;
    /** 规范化: every criterion of the latest assessment was met. */
    public boolean standardized;
    /** Date of the latest assessment (null until assessed); earlier assessments are not kept. */
    public LocalDate assessedOn;
    /** Outcome per criterion of the latest assessment, in catalogue order. */
    // replaced, never changed in place: immutable to Hibernate (TrackedEntity says why)
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<CriterionResult> assessmentCriteria;
    public LocalDate dissolvedOn;
    public String dissolveReason;

    /** One criterion of an assessment: its code and whether the committee met it. */
    public record CriterionResult(String code, boolean met) {
    }
}
