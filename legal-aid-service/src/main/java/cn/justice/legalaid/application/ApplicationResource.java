package cn.justice.legalaid.application;

import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import cn.justice.platform.security.Roles;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static cn.justice.platform.record.RecordApi.WRITERS;

/** HTTP API of legal aid applications (法律援助申请); rules live in {@link ApplicationService} and the plain classes. */
@Path("/api/v1/legal-aid/applications")
@Tag(name = "Applications", description = "法律援助申请: receipt, review, decision (7 days), assignment (3 days), closing")
public class ApplicationResource extends RecordResource<ApplicationService, ApplicationView, ApplicationCreate, ApplicationUpdate> {
    private static final String ONE = "The application after the action";

    public static final RecordApi<ApplicationService, ApplicationView> API = RecordApi.of(ApplicationResource.class).personalData()
            .actionIfMatch(RecordApi.IF_MATCH_VERSION)
            .create("Receive an application (收件)", """
                    Writes the application and its legal-aid.application.received \
                    event in one transaction. Status RECEIVED; an AUTHORITY_NOTICE (公检法通知辩护) is granted on receipt \
                    (GRANTED, decided on receivedOn, within the deadline). decisionDueOn = receivedOn + 7 days. \
                    DETENTION_FORWARDED needs submittedAt and forwardedAt (forwardedWithin24h is recorded). The ID number \
                    is validated (GB 11643), stored encrypted and searchable by keyed hash. Eligibility is computed \
                    (eligible, eligibilityBasis). A client-supplied id created again with the same body returns the \
                    existing record (200), with another body 409. A township officer may only receive applications of \
                    its own township (else 403).""", "Received", "The same id was received before with the same body")
            .get("Get one application", """
                    ETag carries the version. The applicant's name, ID number and phone are \
                    masked; a county-admin may ask unmask=true (anyone else: 403), which is written to the audit log \
                    with the X-Purpose header.""", "The application")
            .update("Correct an application's applicant and case facts", """
                    applicant, workstationId, caseType, matter, \
                    economicHardship, mandatoryDefenseGround, retrialAcquittal; never status, channel, township or \
                    dates. Eligibility is recomputed; once decided, the facts it rests on are fixed (409 \
                    rule-violated). Not after DENIED, WITHDRAWN or CLOSED (409). Send the version as If-Match (stale: \
                    412) or as version in the body (stale: 409). A change emits legal-aid.application.updated; an \
                    unchanged body changes nothing.""", "The application after the change")
            .list("List applications", """
                    Filters combine; from/to apply to receivedOn. The applicant is masked. \
                    idNumber finds an applicant by exact ID number (keyed hash). A township officer only sees its own \
                    township.""", ApplicationService.SORTABLE, RecordApi.DESCENDING, ApplicationFilter::of,
                    ApplicationService::list)
            .changes("Sync feed of applications for mobile clients", """
                    Every create/update after the cursor, in order, \
                    each with its version (applicant masked). Pass nextCursor as since.""")
            .action("review", ApplicationActions.Review.class, ApplicationService::review, """
                    Start the review (开始审查): \
                    RECEIVED → UNDER_REVIEW""", "Emits legal-aid.application.review-started.", ONE, WRITERS)
            .action("request-materials", ApplicationActions.RequestMaterials.class, ApplicationService::requestMaterials,
                    "Request materials (补充材料): UNDER_REVIEW → MATERIALS_REQUESTED", """
                            The days until \
                            materials-received do not count towards the 7-day decision deadline. Emits \
                            legal-aid.application.materials-requested.""", ONE, WRITERS)
            .action("materials-received", ApplicationActions.MaterialsReceived.class, ApplicationService::materialsReceived,
                    "Record that the materials arrived (材料补齐): MATERIALS_REQUESTED → UNDER_REVIEW", """
                            decisionDueOn \
                            moves by the days waited. Emits legal-aid.application.materials-received.""", ONE, WRITERS)
            .action("grant", ApplicationActions.Grant.class, ApplicationService::grant, """
                    Grant legal aid (给予法律援助): \
                    UNDER_REVIEW → GRANTED""", """
                            Also the decision on an undecided emergency assignment (stays ASSIGNED). \
                            decidedWithinDeadline = decidedOn ≤ decisionDueOn. Emits legal-aid.application.granted.""", ONE, WRITERS)
            .action("deny", ApplicationActions.Deny.class, ApplicationService::deny, """
                    Deny legal aid (不予法律援助) with a \
                    reason: UNDER_REVIEW → DENIED""", """
                            Also ends an undecided emergency assignment. Denying an eligible \
                            application is allowed but recorded (deniedWhileEligible) and counted: eligible_decided without \
                            eligible_granted. Emits legal-aid.application.denied.""", ONE, WRITERS)
            .action("assign", ApplicationActions.Assign.class, ApplicationService::assign,
                    "Assign a provider (指派): GRANTED → ASSIGNED", """
                            assignedWithinDeadline = assignedOn ≤ decidedOn + 3 \
                            days. With emergency true (先行提供) from RECEIVED or UNDER_REVIEW, before the decision (then grant \
                            or deny follows). Emits legal-aid.application.assigned.""", ONE, WRITERS)
            .action("close", ApplicationActions.Close.class, ApplicationService::close,
                    "Close the case (结案) with its outcome: ASSIGNED → CLOSED", """
                            An emergency assignment must be granted \
                            first (409 rule-violated). Emits legal-aid.application.closed.""", ONE, WRITERS)
            .action("withdraw", ApplicationActions.Withdraw.class, ApplicationService::withdraw,
                    "Record that the applicant withdrew (撤回)", """
                            From RECEIVED, UNDER_REVIEW, MATERIALS_REQUESTED or an \
                            undecided emergency assignment. Emits legal-aid.application.withdrawn.""", ONE, WRITERS)
            .action("terminate-aid", ApplicationActions.TerminateAid.class, ApplicationService::terminateAid,
                    "Terminate the aid (终止法律援助, 法律援助法第48条): ASSIGNED → TERMINATED", """
                            County-admin. From a granted \
                            assignment, on a ground of 第48条. Emits legal-aid.application.aid-terminated.""", ONE,
                    List.of(Roles.COUNTY_ADMIN))
            .action("object", ApplicationActions.Objection.class, ApplicationService::object,
                    "Record an objection (异议, 法律援助法第49条): DENIED or TERMINATED → OBJECTED", """
                            objectionDueOn = on + 5 \
                            days; one objection per denial or termination (a second after UPHELD: 409). Emits \
                            legal-aid.application.objected.""", ONE, WRITERS)
            .action("objection-decision", ApplicationActions.ObjectionDecision.class, ApplicationService::objectionDecision,
                    "Decide an objection (异议审查, 法律援助法第49条)", """
                            County-admin (司法行政部门). UPHELD: back to DENIED or \
                            TERMINATED; CORRECTED: a denial re-opens review (UNDER_REVIEW, decision cleared, decisionDueOn = on + \
                            7 days), a termination is undone (ASSIGNED). Emits legal-aid.application.objection-decided.""", ONE,
                    List.of(Roles.COUNTY_ADMIN));

    @Inject
    public ApplicationResource(ApplicationService applications) {
        super(API, applications);
    }
}
