package cn.justice.ruleoflaw.review;

import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import cn.justice.ruleoflaw.RuleOfLawOpenApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP API of legality reviews of normative documents (规范性文件合法性审查); rules live in {@link ReviewService}. */
@Path("/api/v1/rule-of-law/document-reviews")
@Tag(name = "Document reviews", description = "规范性文件合法性审查与备案")
public class ReviewResource extends RecordResource<ReviewService, ReviewView, ReviewCreate, ReviewUpdate> {
    public static final RecordApi<ReviewService, ReviewView> API = RecordApi.of(ReviewResource.class)
            .actionIfMatch(RecordApi.IF_MATCH_VERSION)
            .create("Receive a document for its legality review (规范性文件合法性审查)", """
                    A county record: county-admin and \
                    integration only (a township officer: 403). RECEIVED; dueOn = receivedOn + 15 working days of the \
                    county's calendar (weekends and the configured holidays excluded, 调休 working days included; \
                    国办发〔2018〕115号). Emits rule-of-law.document-review.received. A client-supplied id created again \
                    with the same body returns the existing record (200), with another body 409.""",
                    "Received", "The same id was received before with the same body")
            .get("Get one document review", "ETag carries the version. Every role of the county reads it.", "The review")
            .update("Correct a document review", """
                    title, draftingUnit, receivedOn (dueOn follows) until FILED (then 409 \
                    with currentStatus). Send the version as If-Match (stale: 412) or as version in the body (stale: \
                    409). A change emits rule-of-law.document-review.updated; an unchanged body changes nothing.""",
                    "The review after the change")
            .list("List document reviews", """
                    Filters combine; from/to apply to receivedOn; overdue=true keeps RECEIVED \
                    and UNDER_REVIEW reviews past dueOn.""",
                    ReviewService.SORTABLE, RecordApi.DESCENDING, ReviewService.Filter::of, ReviewService::list)
            .changes("Sync feed of document reviews",
                    "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.")
            .action("start-review", ReviewActions.Start.class, ReviewService::start, "开始审查: RECEIVED → UNDER_REVIEW",
                    "on defaults to today. Emits rule-of-law.document-review.review-started.", "The review, UNDER_REVIEW",
                    RuleOfLawOpenApi.COUNTY_WRITERS)
            .action("issue-opinion", ReviewActions.IssueOpinion.class, ReviewService::issueOpinion,
                    "出具合法性审查意见: RECEIVED or UNDER_REVIEW → OPINION_ISSUED", """
                            issuedOn defaults to today; \
                            reviewedOnTime tells whether it was by dueOn. Emits rule-of-law.document-review.opinion-issued.""",
                    "The review, OPINION_ISSUED", RuleOfLawOpenApi.COUNTY_WRITERS)
            .action("file", ReviewActions.File.class, ReviewService::file, "备案 (三统一): OPINION_ISSUED → FILED",
                    """
                            registrationNo (统一登记), documentNo (统一编号), publishedOn (统一发布); filedOn defaults to today. A \
                            document found UNLAWFUL cannot be filed (409 rule-violated). Emits rule-of-law.document-review.filed.""",
                    "The review, FILED", RuleOfLawOpenApi.COUNTY_WRITERS);

    @Inject
    public ReviewResource(ReviewService reviews) {
        super(API, reviews);
    }
}
