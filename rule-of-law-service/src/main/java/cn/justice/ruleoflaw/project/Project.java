package cn.justice.ruleoflaw.project;

import cn.justice.platform.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 建设项目 of the bureau, county-wide or in a township; investment in 万元; completed on completedOn (absent: under way). */
@Entity
@Table(name = "project")
public class Project extends TrackedEntity {
    @Enumerated(EnumType.STRING)
    public ProjectKind kind;
    public String name;
    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal investment;
    public LocalDate completedOn;
}
