package cn.justice.publicity.activity;

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
import cn.justice.publicity.common.Theme;
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
import java.util.function.Supplier;

/** HTTP API of publicity activities (法治宣传活动); rules live in {@link ActivityService} and the plain rule classes. */
@Path("/api/v1/publicity/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Activities", description = "法治宣传活动 (法律七进)")
public class ActivityResource {
    @Inject
    ActivityService activities;
    @Inject
    CurrentCaller caller;
    @Inject
    Idempotency idempotency;
    @Inject
    OrgDirectory orgs;

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Plan a publicity activity (计划)",
            description = "Writes the activity (PLANNED) and its publicity.activity.planned event in one transaction. "
                    + "organizerUnitId must be a responsible unit of the caller's county (else 400). A client-supplied "
                    + "id created again with the same body returns the existing record (200), with another body 409. "
                    + "A township officer may only plan activities of its own township (else 403).")
    @APIResponse(responseCode = "201", description = "Planned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "200", description = "The same id was created before with the same body",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    public Response plan(
            @Parameter(description = "Makes a retried POST safe: the first response is returned again for 24 h")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @Valid @NotNull ActivityCreate body) {
        return idempotency.run(idempotencyKey, "POST", uri.getPath(), body, () -> {
            ActivityService.Created c = activities.plan(caller.get(), body);
            return Responses.created(uri, c.activity().id(), c.created(), c.activity());
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Get one activity", description = "ETag carries the version.")
    @APIResponse(responseCode = "200", description = "The activity",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(activities.get(caller.get(), id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Correct an activity's editable fields",
            description = "title, theme, heldOn (PLANNED only; a HELD activity's date changes with correct), villageCode, "
                    + "venue, format, targetGroups, organizerUnitId; never status, township or figures. PLANNED or HELD "
                    + "(CANCELLED: 409). Send the version as If-Match (stale: 412) or as version in the body (stale: 409). "
                    + "A change emits publicity.activity.updated; an unchanged body changes nothing.")
    @APIResponse(responseCode = "200", description = "The activity after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    public Response update(@PathParam("id") UUID id,
                           @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @Valid @NotNull ActivityUpdate body) {
        return Responses.ok(activities.update(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/hold")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Record that the activity was held (开展): PLANNED → HELD",
            description = "The actual date (not in the future) and figures (≥ 0). Emits publicity.activity.held.")
    @APIResponse(responseCode = "200", description = "The activity, HELD",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    public Response hold(@PathParam("id") UUID id,
                         @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                         @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                         @Valid @NotNull ActivityActions.Hold body) {
        return action(idempotencyKey, uri, body, () -> activities.hold(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/correct")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Correct the date and figures of a held activity (更正)",
            description = "HELD only (else 409); same body as hold. The figures are replaced, not added: the indicators "
                    + "count the latest figures once. Emits publicity.activity.corrected.")
    @APIResponse(responseCode = "200", description = "The activity with the corrected figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    public Response correct(@PathParam("id") UUID id,
                            @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                            @Valid @NotNull ActivityActions.Hold body) {
        return action(idempotencyKey, uri, body, () -> activities.correct(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Cancel a planned activity (取消): PLANNED → CANCELLED",
            description = "cancelledOn is today. Emits publicity.activity.cancelled.")
    @APIResponse(responseCode = "200", description = "The activity, CANCELLED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    public Response cancel(@PathParam("id") UUID id,
                           @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                           @Valid @NotNull ActivityActions.Cancel body) {
        return action(idempotencyKey, uri, body, () -> activities.cancel(caller.get(), id, ifMatch, body));
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List activities", description = "Filters combine; from/to apply to heldOn. "
            + "A township officer only sees its own township.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityPage.class)))
    public Page<ActivityView> list(
            @QueryParam("page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String page,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20")) String size,
            @QueryParam("sort") @Parameter(description = "field[,asc|desc]; fields: heldOn (default, desc), title, createdAt, "
                    + "updatedAt, status, theme, venue, participants, materialsDistributed", example = "heldOn,desc") String sort,
            @QueryParam("townshipCode") @Parameter(example = "519901101") String townshipCode,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ActivityStatus.class)) String status,
            @QueryParam("theme") @Parameter(schema = @Schema(implementation = Theme.class)) String theme,
            @QueryParam("venue") @Parameter(schema = @Schema(implementation = Venue.class)) String venue,
            @QueryParam("format") @Parameter(schema = @Schema(implementation = ActivityFormat.class)) String format,
            @QueryParam("organizerUnitId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String organizerUnitId,
            @QueryParam("from") @Parameter(description = "heldOn ≥ from", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "heldOn ≤ to", schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        var fromDate = QueryParams.date(from, "from");
        var toDate = QueryParams.date(to, "to");
        QueryParams.range(fromDate, toDate);
        if (townshipCode != null && !townshipCode.isBlank()) {
            orgs.requireTownship("townshipCode", townshipCode.trim());
        }
        ActivityFilter filter = new ActivityFilter(
                townshipCode == null || townshipCode.isBlank() ? null : townshipCode.trim(),
                QueryParams.enumOf(ActivityStatus.class, status, "status"),
                QueryParams.enumOf(Theme.class, theme, "theme"),
                QueryParams.enumOf(Venue.class, venue, "venue"),
                QueryParams.enumOf(ActivityFormat.class, format, "format"),
                QueryParams.uuid(organizerUnitId, "organizerUnitId"), fromDate, toDate);
        PageRequest pr = PageRequest.of(QueryParams.integer(page, "page"), QueryParams.integer(size, "size"), sort,
                ActivityService.SORTABLE, true);
        return activities.list(caller.get(), filter, pr);
    }

    @GET
    @Path("changes")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Sync feed of activities for mobile clients",
            description = "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.")
    @APIResponse(responseCode = "200", description = "Changes after the cursor",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityChanges.class)))
    public Changes<ActivityView> changes(
            @QueryParam("since") @Parameter(description = "nextCursor of the previous call; absent for the start") String since,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "500")) String limit) {
        return activities.changes(caller.get(), ChangeCursor.parse(since), ChangeCursor.limit(QueryParams.integer(limit, "limit")));
    }

    private Response action(String idempotencyKey, UriInfo uri, Object body, Supplier<ActivityView> work) {
        return idempotency.run(idempotencyKey, "POST", uri.getPath(), body, () -> Responses.ok(work.get()));
    }

    /** OpenAPI shape of a page of activities. */
    @Schema(name = "ActivityPage")
    public record ActivityPage(List<ActivityView> items, int page, int size, long total) {
    }

    /** OpenAPI shape of a batch of the sync feed. */
    @Schema(name = "ActivityChanges")
    public record ActivityChanges(List<ActivityView> items, String nextCursor) {
    }
}
