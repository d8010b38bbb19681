package cn.justice.ruleoflaw.review;

import cn.justice.platform.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** 规范性文件合法性审查 and its 备案: a county record (no township). */
@Entity
@Table(name = "document_review")
public class DocumentReview extends TrackedEntity {
    @Column(nullable = false)
    public String title;
    @Column(name = "drafting_unit", nullable = false)
    public String draftingUnit;
    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;
    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewStatus status;
    @Column(name = "review_started_on")
    public LocalDate reviewStartedOn;
    @Enumerated(EnumType.STRING)
    public ReviewOpinion opinion;
    @Column(name = "opinion_no")
    public String opinionNo;
    @Column(name = "opinion_issued_on")
    public LocalDate opinionIssuedOn;
    @Column(name = "registration_no")
    public String registrationNo;
    @Column(name = "document_no")
    public String documentNo;
    @Column(name = "published_on")
    public LocalDate publishedOn;
    @Column(name = "filed_on")
    public LocalDate filedOn;
}
