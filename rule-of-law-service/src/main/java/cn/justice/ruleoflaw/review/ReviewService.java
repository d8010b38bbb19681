package cn.justice.ruleoflaw.review;

import cn.justice.platform.record.RecordQuery;
import cn.justice.platform.persistence.CountyWideRecords;
import cn.justice.platform.persistence.ListQuery;
import cn.justice.platform.record.Created;
import cn.justice.platform.record.RecordStore;
import cn.justice.platform.security.Caller;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import cn.justice.platform.web.Versions;
import cn.justice.ruleoflaw.calendar.WorkingDayCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Legality reviews of normative documents (规范性文件合法性审查) and their filing (备案). County records: county-admin and
 * integration write; every role of the county reads (a township officer too: the documents bind its township). Each
 * change writes its {@code rule-of-law.document-review.*} event through the outbox.
 */
@ApplicationScoped
public class ReviewService extends RecordStore<DocumentReview, ReviewView, ReviewCreate, ReviewUpdate> {
    public static final String EVENT_PREFIX = "rule-of-law.document-review.";
    public static final String WHAT = "document review";
    public static final Map<String, String> SORTABLE = PageRequest.sortable("receivedOn", "dueOn", "status",
            "opinionIssuedOn", "filedOn", "title", "createdAt", "updatedAt");

    @Inject
    WorkingDayCalendar calendar;

    public ReviewService() {
        super(DocumentReview.class, WHAT, EVENT_PREFIX, null, ReviewEventData::of);
    }

    /** Filters of the list; from/to apply to receivedOn. */
    public record Filter(ReviewStatus status, ReviewOpinion opinion, Boolean overdue, LocalDate from, LocalDate to) {
        static Filter of(RecordQuery q) {
            return new Filter(q.enumOf("status", ReviewStatus.class), q.enumOf("opinion", ReviewOpinion.class),
                    q.bool("overdue"), q.from("receivedOn"), q.to("receivedOn"));
        }
    }

    @Override
    protected boolean countyWide() {
        return true;
    }

    /** The editable fields, as create and update carry them. */
    public interface Fields { String title(); String draftingUnit(); LocalDate receivedOn(); }

    @Override
    @Transactional
    public Created<ReviewView> create(Caller caller, ReviewCreate req) {
        String county = CountyWideRecords.countyForCreate(caller, orgs, null, WHAT);
        notFuture("receivedOn", req.receivedOn());
        return createOnce(caller, req.id(), req, county, null, "received", () -> {
            DocumentReview d = edit(new DocumentReview(), req);
            d.status = ReviewStatus.RECEIVED;
            return d;
        });
    }

    @Override
    @Transactional
    public ReviewView update(Caller caller, UUID id, String ifMatch, ReviewUpdate req) {
        DocumentReview d = forChange(caller, id, ifMatch);
        Versions.checkBodyVersion(req.version(), d.version);
        ReviewRules.apply("update", d.status);
        notFuture("receivedOn", req.receivedOn());
        LocalDate firstStep = d.reviewStartedOn != null ? d.reviewStartedOn : d.opinionIssuedOn;
        if (firstStep != null && req.receivedOn().isAfter(firstStep)) {
            throw cn.justice.platform.problem.ProblemException.invalid("receivedOn", "must not be after " + firstStep);
        }
        edit(d, req);
        long before = d.version;
        em.flush();
        return d.version != before ? publish("updated", d) : view(d);
    }

    /** The fields and the review's due date, which follows the received date. */
    private DocumentReview edit(DocumentReview d, Fields f) {
        d.title = f.title().strip();
        d.draftingUnit = f.draftingUnit().strip();
        d.receivedOn = f.receivedOn();
        d.dueOn = ReviewRules.dueOn(d.receivedOn, calendar);
        return d;
    }

    /** 开始审查: RECEIVED → UNDER_REVIEW. */
    @Transactional
    public ReviewView start(Caller caller, UUID id, String ifMatch, ReviewActions.Start req) {
        return act(caller, id, ifMatch, "start-review", "review-started",
                d -> d.reviewStartedOn = ReviewRules.actionDate("on", req.on(), today(), d.receivedOn));
    }

    /** 出具审查意见: → OPINION_ISSUED. */
    @Transactional
    public ReviewView issueOpinion(Caller caller, UUID id, String ifMatch, ReviewActions.IssueOpinion req) {
        return act(caller, id, ifMatch, "issue-opinion", "opinion-issued", d -> {
            d.opinionIssuedOn = ReviewRules.actionDate("issuedOn", req.issuedOn(), today(),
                    d.reviewStartedOn != null ? d.reviewStartedOn : d.receivedOn);
            d.opinion = req.opinion();
            d.opinionNo = req.opinionNo().strip();
        });
    }

    /** 备案 (三统一): OPINION_ISSUED → FILED. */
    @Transactional
    public ReviewView file(Caller caller, UUID id, String ifMatch, ReviewActions.File req) {
        return act(caller, id, ifMatch, "file", "filed", d -> {
            ReviewRules.checkFilable(d.opinion);
            d.publishedOn = ReviewRules.actionDate("publishedOn", req.publishedOn(), today(), d.opinionIssuedOn);
            d.filedOn = ReviewRules.actionDate("filedOn", req.filedOn(), today(), d.publishedOn);
            d.registrationNo = req.registrationNo().strip();
            d.documentNo = req.documentNo().strip();
        });
    }

    @Transactional
    public Page<ReviewView> list(Caller caller, Filter f, PageRequest page) {
        ListQuery<DocumentReview> q = CountyWideRecords.list(em, DocumentReview.class, caller, null, null)
                .eq("status", f.status())
                .eq("opinion", f.opinion())
                .atLeast("receivedOn", f.from())
                .atMost("receivedOn", f.to());
        if (f.overdue() != null) {
            String overdue = "(e.status IN (:open) AND e.dueOn < :today)";
            q.where(f.overdue() ? overdue : "NOT " + overdue, Map.of("open",
                    java.util.List.of(ReviewStatus.RECEIVED, ReviewStatus.UNDER_REVIEW), "today", today()));
        }
        return q.page(page, this::view);
    }

    @Override
    protected ReviewView view(DocumentReview d) {
        return ReviewView.of(d, today());
    }

    private ReviewView act(Caller caller, UUID id, String ifMatch, String action, String verb, Consumer<DocumentReview> change) {
        DocumentReview d = forChange(caller, id, ifMatch);
        ReviewStatus next = ReviewRules.apply(action, d.status);
        change.accept(d);
        d.status = next;
        return publishAction(verb, d);
    }
}
