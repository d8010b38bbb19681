package cn.justice.ruleoflaw.officer;

import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP API of administrative enforcement officers (行政执法人员); rules live in {@link OfficerService}. */
@Path("/api/v1/rule-of-law/enforcement-officers")
@Tag(name = "Enforcement officers", description = "行政执法人员, 执法证考试与培训")
public class OfficerResource extends RecordResource<OfficerService, OfficerView, OfficerCreate, OfficerUpdate> {
    public static final RecordApi<OfficerService, OfficerView> API = RecordApi.of(OfficerResource.class)
            .actionIfMatch(RecordApi.IF_MATCH_VERSION)
            .create("Register an enforcement officer (行政执法人员)", """
                    A county agency's officer when townshipCode is absent \
                    (county-admin and integration only; a township officer gets 403, as for another township). Emits \
                    rule-of-law.enforcement-officer.registered. A client-supplied id created again with the same body \
                    returns the existing record (200), with another body 409.""",
                    "Registered", "The same id was registered before with the same body")
            .get("Get one enforcement officer", """
                    ETag carries the version. A township officer reads its township's and the \
                    county agencies' officers (another township's: 404).""", "The officer")
            .update("Correct an enforcement officer", """
                    name, agency, certificateNo (never the township, exams or \
                    trainings). Send the version as If-Match (stale: 412) or as version in the body (stale: 409). A \
                    change emits rule-of-law.enforcement-officer.updated; an unchanged body changes nothing. A township \
                    officer may not change a county agency's officer (403).""", "The officer after the change")
            .list("List enforcement officers", """
                    Filters combine. townshipCode lists that township's officers; \
                    countyWide=true only county agencies' officers, false only townships'. A township officer sees \
                    its own township's and the county agencies' officers.""",
                    OfficerService.SORTABLE, RecordApi.DESCENDING, OfficerService.Filter::of, OfficerService::list)
            .changes("Sync feed of enforcement officers",
                    "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.")
            .action("exam", OfficerActions.Exam.class, OfficerService::exam, "执法证考试: record one exam sitting",
                    """
                            date not in the future; passed or not (exam_candidates, exam_passed). Emits \
                            rule-of-law.enforcement-officer.examined.""", "The officer with the exam", RecordApi.WRITERS)
            .action("train", OfficerActions.Training.class, OfficerService::train, "执法培训: record one training",
                    """
                            date not in the future; whole hours 1 … 200 (officer_training_hours). Emits \
                            rule-of-law.enforcement-officer.trained.""", "The officer with the training", RecordApi.WRITERS);

    @Inject
    public OfficerResource(OfficerService officers) {
        super(API, officers);
    }
}
