package cn.justice.ruleoflaw.review;

import cn.justice.platform.persistence.TrackedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** 规范性文件合法性审查 and its 备案: a county record (no township). */
@Entity
@Table(name = "document_review")
public class DocumentReview extends TrackedEntity {
    public String title;
    public String draftingUnit;
    public LocalDate receivedOn;
    public LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    public ReviewStatus status;
    public LocalDate reviewStartedOn;
    @Enumerated(EnumType.STRING)
    public ReviewOpinion opinion;
    public String opinionNo;
    public LocalDate opinionIssuedOn;
    public String registrationNo;
    public String documentNo;
    public LocalDate publishedOn;
    public LocalDate filedOn;
}
