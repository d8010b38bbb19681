package cn.justice.publicity.survey;

import cn.justice.platform.idempotency.Idempotency;
import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.security.CurrentCaller;
import cn.justice.platform.security.Roles;
import cn.justice.platform.web.ChangeCursor;
import cn.justice.platform.web.Changes;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import cn.justice.platform.web.QueryParams;
import cn.justice.platform.web.Responses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** HTTP API of surveys (普法知晓率/满意率); rules live in {@link SurveyService} and {@link SurveyRules}. */
@Path("/api/v1/publicity/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys", description = "普法知晓率/满意率调查")
public class SurveyResource {
    @Inject
    SurveyService surveys;
    @Inject
    CurrentCaller caller;
    @Inject
    Idempotency idempotency;
    @Inject
    OrgDirectory orgs;

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Record a survey (普法知晓率/满意率调查)",
            description = "aware ≤ respondents and satisfied ≤ respondents (else 400). Emits publicity.survey.recorded. "
                    + "A client-supplied id created again with the same body returns the existing record (200), with "
                    + "another body 409. A township officer may only record surveys of its own township (else 403).")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyView.class)))
    @APIResponse(responseCode = "200", description = "The same id was recorded before with the same body",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyView.class)))
    public Response record(
            @Parameter(description = "Makes a retried POST safe: the first response is returned again for 24 h")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @Valid @NotNull SurveyCreate body) {
        return idempotency.run(idempotencyKey, "POST", uri.getPath(), body, () -> {
            SurveyService.Created c = surveys.record(caller.get(), body);
            return Responses.created(uri, c.survey().id(), c.created(), c.survey());
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Get one survey", description = "ETag carries the version.")
    @APIResponse(responseCode = "200", description = "The survey",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(surveys.get(caller.get(), id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Correct a survey's year and figures",
            description = "Same bounds as on create. Send the version as If-Match (stale: 412) or as version in the body "
                    + "(stale: 409). A change emits publicity.survey.updated; an unchanged body changes nothing.")
    @APIResponse(responseCode = "200", description = "The survey after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyView.class)))
    public Response update(@PathParam("id") UUID id,
                           @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @Valid @NotNull SurveyUpdate body) {
        return Responses.ok(surveys.update(caller.get(), id, ifMatch, body));
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List surveys", description = "Filters combine; a survey's main date is its year: from/to "
            + "select the years from.year … to.year. A township officer only sees its own township.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyPage.class)))
    public Page<SurveyView> list(
            @QueryParam("page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String page,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20")) String size,
            @QueryParam("sort") @Parameter(description = "field[,asc|desc]; fields: year (default, desc), respondents, "
                    + "createdAt, updatedAt", example = "year,desc") String sort,
            @QueryParam("townshipCode") @Parameter(example = "519901101") String townshipCode,
            @QueryParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER), example = "2025") String year,
            @QueryParam("from") @Parameter(description = "year ≥ from's year", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "year ≤ to's year", schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        var fromDate = QueryParams.date(from, "from");
        var toDate = QueryParams.date(to, "to");
        QueryParams.range(fromDate, toDate);
        if (townshipCode != null && !townshipCode.isBlank()) {
            orgs.requireTownship("townshipCode", townshipCode.trim());
        }
        SurveyService.Filter filter = new SurveyService.Filter(
                townshipCode == null || townshipCode.isBlank() ? null : townshipCode.trim(),
                QueryParams.integer(year, "year"), fromDate, toDate);
        PageRequest pr = PageRequest.of(QueryParams.integer(page, "page"), QueryParams.integer(size, "size"), sort,
                SurveyService.SORTABLE, true);
        return surveys.list(caller.get(), filter, pr);
    }

    @GET
    @Path("changes")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Sync feed of surveys for mobile clients",
            description = "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.")
    @APIResponse(responseCode = "200", description = "Changes after the cursor",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyChanges.class)))
    public Changes<SurveyView> changes(
            @QueryParam("since") @Parameter(description = "nextCursor of the previous call; absent for the start") String since,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "500")) String limit) {
        return surveys.changes(caller.get(), ChangeCursor.parse(since), ChangeCursor.limit(QueryParams.integer(limit, "limit")));
    }

    /** OpenAPI shape of a page of surveys. */
    @Schema(name = "SurveyPage")
    public record SurveyPage(List<SurveyView> items, int page, int size, long total) {
    }

    /** OpenAPI shape of a batch of the sync feed. */
    @Schema(name = "SurveyChanges")
    public record SurveyChanges(List<SurveyView> items, String nextCursor) {
    }
}
