package cn.justice.ruleoflaw.review;

import java.time.LocalDate;
import java.util.UUID;

/** {@code data} of the {@code rule-of-law.document-review.*} events (no title, drafting unit or numbers: free text). */
public record ReviewEventData(UUID documentReviewId, long version, String countyCode, ReviewStatus status,
                              LocalDate receivedOn, LocalDate dueOn, ReviewOpinion opinion, LocalDate opinionIssuedOn,
                              Boolean reviewedOnTime, LocalDate publishedOn, LocalDate filedOn) {
    public static ReviewEventData of(DocumentReview d) {
        return new ReviewEventData(d.id, d.version, d.countyCode, d.status, d.receivedOn, d.dueOn, d.opinion,
                d.opinionIssuedOn, ReviewView.onTime(d), d.publishedOn, d.filedOn);
    }
}
