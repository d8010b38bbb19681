package cn.justice.ruleoflaw.officer;

import cn.justice.platform.persistence.TrackedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.util.ArrayList;
import java.util.List;

/** 行政执法人员 of an agency, county-wide or of a township, with the 执法证 exams taken and the trainings attended. */
@Entity
@Table(name = "enforcement_officer")
public class EnforcementOfficer extends TrackedEntity {
    public String name;
    public String agency;
    public String certificateNo;
    // JSON values are replaced, never changed in place (see the correction service's ReleasedPerson)
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<OfficerActions.Exam> exams = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<OfficerActions.Training> trainings = new ArrayList<>();
}
