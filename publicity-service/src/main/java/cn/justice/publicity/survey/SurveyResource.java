package cn.justice.publicity.survey;

import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import cn.justice.platform.security.Roles;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageParams;
import cn.justice.platform.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP API of surveys (普法知晓率/满意率); rules live in {@link SurveyService} and {@link SurveyRules}. */
@Path("/api/v1/publicity/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys", description = "普法知晓率/满意率调查")
public class SurveyResource extends RecordResource<SurveyService, SurveyView, SurveyCreate, SurveyUpdate> {
    public static final RecordApi<SurveyService, SurveyView> API = RecordApi.of(SurveyResource.class)
            .create("Record a survey (普法知晓率/满意率调查)", "aware ≤ respondents and satisfied ≤ respondents (else 400). "
                    + "Emits publicity.survey.recorded. A client-supplied id created again with the same body returns the "
                    + "existing record (200), with another body 409. A township officer may only record surveys of its own "
                    + "township (else 403).", "Recorded", "The same id was recorded before with the same body")
            .get("Get one survey", "ETag carries the version.", "The survey")
            .update("Correct a survey's year and figures", "Same bounds as on create. Send the version as If-Match "
                    + "(stale: 412) or as version in the body (stale: 409). A change emits publicity.survey.updated; an "
                    + "unchanged body changes nothing.", "The survey after the change")
            .changes("Sync feed of surveys for mobile clients",
                    "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.");

    @Inject
    OrgDirectory orgs;

    @Inject
    public SurveyResource(SurveyService surveys) {
        super(API, surveys);
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List surveys", description = "Filters combine; a survey's main date is its year: from/to "
            + "select the years from.year … to.year. A township officer only sees its own township.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SurveyPage")))
    public Page<SurveyView> list(
            @BeanParam PageParams paging,
            @QueryParam("sort") @Parameter(description = "field[,asc|desc]; fields: year (default, desc), respondents, "
                    + "createdAt, updatedAt", example = "year,desc") String sort,
            @QueryParam("townshipCode") @Parameter(example = "519901101") String townshipCode,
            @QueryParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER), example = "2025") String year,
            @QueryParam("from") @Parameter(description = "year ≥ from's year", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "year ≤ to's year", schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        var dates = QueryParams.optionalRange(from, to);
        SurveyService.Filter filter = new SurveyService.Filter(orgs.townshipFilter("townshipCode", townshipCode),
                QueryParams.integer(year, "year"), dates.from(), dates.to());
        return service.list(caller.get(), filter, paging.request(sort, SurveyService.SORTABLE, true));
    }
}
