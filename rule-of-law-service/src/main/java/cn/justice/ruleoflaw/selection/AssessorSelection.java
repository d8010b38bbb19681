package cn.justice.ruleoflaw.selection;

import cn.justice.platform.persistence.TrackedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** 人民陪审员/人民监督员 选任 of one year: candidates examined, people selected. A county record. */
@Entity
@Table(name = "assessor_selection")
public class AssessorSelection extends TrackedEntity {
    @Enumerated(EnumType.STRING)
    public AssessorKind kind;
    public int year;
    public int candidates;
    public int selected;
}
