package cn.justice.ruleoflaw.reconsideration;

import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import cn.justice.ruleoflaw.RuleOfLawOpenApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** HTTP API of administrative reconsiderations (行政复议); rules live in {@link ReconsiderationService}. */
@Path("/api/v1/rule-of-law/reconsiderations")
@Tag(name = "Reconsiderations", description = "行政复议 (行政复议法 2023)")
public class ReconsiderationResource extends RecordResource<ReconsiderationService, ReconsiderationView,
        ReconsiderationCreate, ReconsiderationUpdate> {
    /** Who writes county records: the county's administrators and system clients (a township officer: 403). */
    public static final List<String> COUNTY_WRITERS = RuleOfLawOpenApi.COUNTY_WRITERS;

    public static final RecordApi<ReconsiderationService, ReconsiderationView> API = RecordApi.of(ReconsiderationResource.class)
            .personalData(RuleOfLawOpenApi.PURPOSE).actionIfMatch(RecordApi.IF_MATCH_VERSION)
            .create("Record an application for reconsideration (行政复议申请)", """
                    A county record: county-admin and \
                    integration only (a township officer: 403). appliedOn more than 60 days after knewOn is a 422 naming \
                    行政复议法第20条. RECEIVED, acceptance due 5 working days after appliedOn (第30条, 第88条). The \
                    applicant is stored encrypted and never leaves in events. Emits rule-of-law.reconsideration.received. \
                    A client-supplied id created again with the same body returns the existing record (200), with \
                    another body 409.""", "Received", "The same id was recorded before with the same body")
            .get("Get one reconsideration (audited)", """
                    ETag carries the version. The applicant is masked; a county-admin \
                    may ask unmask=true (anyone else: 403). Every read is written to the audit log (READ, or UNMASK) \
                    with the X-Purpose header. A township officer: 403.""", "The reconsideration")
            .update("Correct a reconsideration", """
                    applicant, respondentAgency, actionType, knewOn, appliedOn while RECEIVED \
                    or ACCEPTED (else 409 with currentStatus); 第20条 is checked again (422) and the acceptance due date \
                    recomputed. Send the version as If-Match (stale: 412) or as version in the body (stale: 409). A \
                    change emits rule-of-law.reconsideration.updated; an unchanged body changes nothing.""",
                    "The reconsideration after the change")
            .list("List reconsiderations", """
                    Filters combine; from/to apply to appliedOn; overdue=true keeps RECEIVED \
                    cases past acceptanceDueOn and ACCEPTED ones past decisionDueOn. The applicant is masked. A \
                    township officer: 403.""",
                    ReconsiderationService.SORTABLE, RecordApi.DESCENDING, ReconsiderationService.Filter::of, ReconsiderationService::list)
            .changes("Sync feed of reconsiderations", """
                    Every create/update after the cursor, in order, each with its \
                    version (applicant masked). Pass nextCursor as since. A township officer: 403.""")
            .action("accept", ReconsiderationActions.Accept.class, ReconsiderationService::accept,
                    "受理 (行政复议法第30条): RECEIVED → ACCEPTED", """
                            acceptedOn defaults to today; decisionDueOn = acceptedOn + \
                            30 days (SIMPLE) or 60 days (ORDINARY) (第62条). Emits rule-of-law.reconsideration.accepted.""",
                    "The reconsideration, ACCEPTED", COUNTY_WRITERS)
            .action("reject", ReconsiderationActions.Reject.class, ReconsiderationService::reject,
                    "不予受理 (行政复议法第30条): RECEIVED → REJECTED", """
                            With the reason; rejectedOn defaults to today. Emits \
                            rule-of-law.reconsideration.rejected.""", "The reconsideration, REJECTED", COUNTY_WRITERS)
            .action("extend", ReconsiderationActions.Extend.class, ReconsiderationService::extend,
                    "延长审理期限 (行政复议法第62条)", """
                            ACCEPTED under the ORDINARY procedure, once, by 1 … 30 days: decisionDueOn \
                            moves. A SIMPLE case, a second extension or more than 30 days is a 422 naming 第62条. Emits \
                            rule-of-law.reconsideration.extended.""", "The reconsideration with the new decisionDueOn", COUNTY_WRITERS)
            .action("decide", ReconsiderationActions.Decide.class, ReconsiderationService::decide,
                    "作出行政复议决定: ACCEPTED → DECIDED", """
                            decidedOn (the closedOn) defaults to today; closedOnTime tells \
                            whether it was by decisionDueOn. Emits rule-of-law.reconsideration.decided.""",
                    "The reconsideration, DECIDED", COUNTY_WRITERS)
            .action("mediate", ReconsiderationActions.Close.class, ReconsiderationService::mediate,
                    "调解结案: ACCEPTED → MEDIATED", "on defaults to today. Emits rule-of-law.reconsideration.mediated.",
                    "The reconsideration, MEDIATED", COUNTY_WRITERS)
            .action("settle", ReconsiderationActions.Close.class, ReconsiderationService::settle,
                    "和解 (申请人撤回): ACCEPTED → SETTLED", "on defaults to today. Emits rule-of-law.reconsideration.settled.",
                    "The reconsideration, SETTLED", COUNTY_WRITERS)
            .action("terminate", ReconsiderationActions.Close.class, ReconsiderationService::terminate,
                    "终止: ACCEPTED → TERMINATED", "on defaults to today. Emits rule-of-law.reconsideration.terminated.",
                    "The reconsideration, TERMINATED", COUNTY_WRITERS);

    @Inject
    public ReconsiderationResource(ReconsiderationService reconsiderations) {
        super(API, reconsiderations);
    }
}
