package cn.justice.publicity.survey;

import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP API of surveys (普法知晓率/满意率); rules live in {@link SurveyService} and {@link SurveyRules}. */
@Path("/api/v1/publicity/surveys")
@Tag(name = "Surveys", description = "普法知晓率/满意率调查")
public class SurveyResource extends RecordResource<SurveyService, SurveyView, SurveyCreate, SurveyUpdate> {
    public static final RecordApi<SurveyService, SurveyView> API = RecordApi.of(SurveyResource.class)
            .create("Record a survey (普法知晓率/满意率调查)", """
                    aware ≤ respondents and satisfied ≤ respondents (else 400). \
                    Emits publicity.survey.recorded. A client-supplied id created again with the same body returns the \
                    existing record (200), with another body 409. A township officer may only record surveys of its own \
                    township (else 403).""", "Recorded", "The same id was recorded before with the same body")
            .get("Get one survey", "ETag carries the version.", "The survey")
            .update("Correct a survey's year and figures", """
                    Same bounds as on create. Send the version as If-Match \
                    (stale: 412) or as version in the body (stale: 409). A change emits publicity.survey.updated; an \
                    unchanged body changes nothing.""", "The survey after the change")
            .list("List surveys", """
                    Filters combine; a survey's main date is its year: from/to select the years \
                    from.year … to.year. A township officer only sees its own township.""", SurveyService.SORTABLE,
                    RecordApi.DESCENDING, SurveyService.Filter::of, SurveyService::list)
            .changes("Sync feed of surveys for mobile clients",
                    "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.");

    @Inject
    public SurveyResource(SurveyService surveys) {
        super(API, surveys);
    }
}
