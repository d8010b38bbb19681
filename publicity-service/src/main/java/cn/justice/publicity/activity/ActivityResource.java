package cn.justice.publicity.activity;

import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP API of publicity activities (法治宣传活动); rules live in {@link ActivityService} and the plain rule classes. */
@Path("/api/v1/publicity/activities")
@Tag(name = "Activities", description = "法治宣传活动 (法律七进)")
public class ActivityResource extends RecordResource<ActivityService, ActivityView, ActivityCreate, ActivityUpdate> {
    public static final RecordApi<ActivityService, ActivityView> API = RecordApi.of(ActivityResource.class)
            .create("Plan a publicity activity (计划)", """
                    Writes the activity (PLANNED) and its publicity.activity.planned event \
                    in one transaction. organizerUnitId must be a responsible unit of the caller's county (else 400). A \
                    client-supplied id created again with the same body returns the existing record (200), with another \
                    body 409. A township officer may only plan activities of its own township (else 403).""", "Planned",
                    "The same id was created before with the same body")
            .get("Get one activity", "ETag carries the version.", "The activity")
            .update("Correct an activity's editable fields", """
                    title, theme, heldOn (PLANNED only; a HELD activity's date changes \
                    with correct), villageCode, venue, format, targetGroups, organizerUnitId; never status, township or \
                    figures. PLANNED or HELD (CANCELLED: 409). Send the version as If-Match (stale: 412) or as version in \
                    the body (stale: 409). A change emits publicity.activity.updated; an unchanged body changes nothing.""",
                    "The activity after the change")
            .list("List activities", """
                    Filters combine; from/to apply to heldOn. A township officer only sees its own \
                    township.""", ActivityService.SORTABLE, RecordApi.DESCENDING, ActivityFilter::of,
                    ActivityService::list)
            .changes("Sync feed of activities for mobile clients",
                    "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.")
            .actionIfMatch(RecordApi.IF_MATCH_VERSION)
            .action("hold", ActivityActions.Hold.class, ActivityService::hold, "Record that the activity was held (开展): PLANNED → HELD",
                    "The actual date (not in the future) and figures (≥ 0). Emits publicity.activity.held.",
                    "The activity, HELD", RecordApi.WRITERS)
            .action("correct", ActivityActions.Hold.class, ActivityService::correct, "Correct the date and figures of a held activity (更正)",
                    """
                            HELD only (else 409); same body as hold. The figures are replaced, not added: the indicators \
                            count the latest figures once. Emits publicity.activity.corrected.""",
                    "The activity with the corrected figures", RecordApi.WRITERS)
            .action("cancel", ActivityActions.Cancel.class, ActivityService::cancel, "Cancel a planned activity (取消): PLANNED → CANCELLED",
                    """
                            cancelledOn is today. \
                            Emits publicity.activity.cancelled.""",
                    "The activity, CANCELLED", RecordApi.WRITERS);

    @Inject
    public ActivityResource(ActivityService activities) {
        super(API, activities);
    }
}
