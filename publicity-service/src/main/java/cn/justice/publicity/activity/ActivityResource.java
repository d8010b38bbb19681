package cn.justice.publicity.activity;

import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import cn.justice.platform.security.Roles;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageParams;
import cn.justice.platform.web.PageRequest;
import cn.justice.platform.web.QueryParams;
import cn.justice.publicity.common.Theme;
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

/** HTTP API of publicity activities (法治宣传活动); rules live in {@link ActivityService} and the plain rule classes. */
@Path("/api/v1/publicity/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Activities", description = "法治宣传活动 (法律七进)")
public class ActivityResource extends RecordResource<ActivityService, ActivityView, ActivityCreate, ActivityUpdate> {
    public static final RecordApi<ActivityService, ActivityView> API = RecordApi.of(ActivityResource.class)
            .create("Plan a publicity activity (计划)", "Writes the activity (PLANNED) and its publicity.activity.planned event "
                    + "in one transaction. organizerUnitId must be a responsible unit of the caller's county (else 400). A "
                    + "client-supplied id created again with the same body returns the existing record (200), with another "
                    + "body 409. A township officer may only plan activities of its own township (else 403).", "Planned",
                    "The same id was created before with the same body")
            .get("Get one activity", "ETag carries the version.", "The activity")
            .update("Correct an activity's editable fields", "title, theme, heldOn (PLANNED only; a HELD activity's date changes "
                    + "with correct), villageCode, venue, format, targetGroups, organizerUnitId; never status, township or "
                    + "figures. PLANNED or HELD (CANCELLED: 409). Send the version as If-Match (stale: 412) or as version in "
                    + "the body (stale: 409). A change emits publicity.activity.updated; an unchanged body changes nothing.",
                    "The activity after the change")
            .changes("Sync feed of activities for mobile clients",
                    "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.")
            .actionIfMatch(RecordApi.IF_MATCH_VERSION)
            .action("hold", ActivityActions.Hold.class, ActivityService::hold, "Record that the activity was held (开展): PLANNED → HELD",
                    "The actual date (not in the future) and figures (≥ 0). Emits publicity.activity.held.",
                    "The activity, HELD", RecordApi.WRITERS)
            .action("correct", ActivityActions.Hold.class, ActivityService::correct, "Correct the date and figures of a held activity (更正)",
                    "HELD only (else 409); same body as hold. The figures are replaced, not added: the indicators "
                    + "count the latest figures once. Emits publicity.activity.corrected.",
                    "The activity with the corrected figures", RecordApi.WRITERS)
            .action("cancel", ActivityActions.Cancel.class, ActivityService::cancel, "Cancel a planned activity (取消): PLANNED → CANCELLED",
                    "cancelledOn is today. "
            + "Emits publicity.activity.cancelled.",
                    "The activity, CANCELLED", RecordApi.WRITERS);

    @Inject
    OrgDirectory orgs;

    @Inject
    public ActivityResource(ActivityService activities) {
        super(API, activities);
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List activities", description = "Filters combine; from/to apply to heldOn. "
            + "A township officer only sees its own township.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ActivityPage")))
    public Page<ActivityView> list(
            @BeanParam PageParams paging,
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
        var dates = QueryParams.optionalRange(from, to);
        String township = orgs.townshipFilter("townshipCode", townshipCode);
        ActivityFilter filter = new ActivityFilter(township, QueryParams.enumOf(ActivityStatus.class, status, "status"),
                QueryParams.enumOf(Theme.class, theme, "theme"),
                QueryParams.enumOf(Venue.class, venue, "venue"),
                QueryParams.enumOf(ActivityFormat.class, format, "format"),
                QueryParams.uuid(organizerUnitId, "organizerUnitId"), dates.from(), dates.to());
        PageRequest pr = paging.request(sort, ActivityService.SORTABLE, true);
        return service.list(caller.get(), filter, pr);
    }
}
