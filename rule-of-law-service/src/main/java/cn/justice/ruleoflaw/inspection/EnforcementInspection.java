package cn.justice.ruleoflaw.inspection;

import cn.justice.platform.persistence.TrackedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** 执法监督检查 of one agency on one day: findings (问题) and how many were rectified (整改). */
@Entity
@Table(name = "enforcement_inspection")
public class EnforcementInspection extends TrackedEntity {
    public String agency;
    public LocalDate inspectedOn;
    public int findings;
    public int rectified;
}
