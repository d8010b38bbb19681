package cn.justice.ruleoflaw.review;

import cn.justice.platform.record.RecordView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A document review as the API shows it. */
@Schema(name = "DocumentReview", description = "规范性文件合法性审查 (a county record)")
public record ReviewView(UUID id,
                         @Schema(description = "Optimistic concurrency version; send it as If-Match") long version,
                         String countyCode, String title, String draftingUnit, LocalDate receivedOn,
                         @Schema(description = "receivedOn + 15 working days of the county's calendar (国办发〔2018〕115号)")
                         LocalDate dueOn,
                         ReviewStatus status, LocalDate reviewStartedOn, ReviewOpinion opinion, String opinionNo,
                         LocalDate opinionIssuedOn,
                         @Schema(description = "Opinion issued by dueOn; null before the opinion") Boolean reviewedOnTime,
                         @Schema(description = "RECEIVED or UNDER_REVIEW past dueOn (the bureau's today)") boolean overdue,
                         @Schema(description = "统一登记号") String registrationNo,
                         @Schema(description = "统一编号") String documentNo,
                         @Schema(description = "统一发布") LocalDate publishedOn,
                         LocalDate filedOn, Instant createdAt, Instant updatedAt) implements RecordView {
    public static ReviewView of(DocumentReview d, LocalDate today) {
        return new ReviewView(d.id, d.version, d.countyCode, d.title, d.draftingUnit, d.receivedOn, d.dueOn, d.status,
                d.reviewStartedOn, d.opinion, d.opinionNo, d.opinionIssuedOn, onTime(d),
                ReviewRules.overdue(d.status, d.dueOn, today), d.registrationNo, d.documentNo, d.publishedOn, d.filedOn,
                d.createdAt, d.updatedAt);
    }

    static Boolean onTime(DocumentReview d) {
        return d.opinionIssuedOn == null ? null : !d.opinionIssuedOn.isAfter(d.dueOn);
    }
}
