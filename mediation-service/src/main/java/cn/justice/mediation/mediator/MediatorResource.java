package cn.justice.mediation.mediator;

import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HTTP API of the mediator register (人民调解员); rules live in {@link MediatorService} and the plain rule classes.
 */
@Path("/api/v1/mediation/mediators")
@Tag(name = "Mediators", description = "人民调解员")
public class MediatorResource extends RecordResource<MediatorService, MediatorView, MediatorCreate, MediatorUpdate> {
    public static final RecordApi<MediatorService, MediatorView> API = RecordApi.of(MediatorResource.class)
            .create("Appoint a mediator (聘任人民调解员)", """
                    The committee must exist in the caller's county (else 400), be \
                    ACTIVE (else 409 rule-violated) and, for a township officer, be of its township (else 403); the \
                    mediator takes the committee's township. Writes the mediator and its mediation.mediator.appointed \
                    event in one transaction. A client-supplied id created again with the same body returns the \
                    existing record (200).""", "Appointed", "The same id was appointed before with the same body")
            .get("Get one mediator", "With the full name. ETag carries the version.", "The mediator")
            .update("Correct a mediator's editable fields", """
                    name, kind, traditional, termEndsOn; never status, committee, \
                    appointment or trainings. Send the version as If-Match (stale: 412) or as version in the body \
                    (stale: 409). A change emits mediation.mediator.updated; an unchanged body changes nothing.""",
                    "The mediator after the change")
            .list("List mediators", """
                    Names are masked (阿***). Filters combine; from/to apply to appointedOn. A \
                    township officer only sees its own township.""", MediatorService.SORTABLE, RecordApi.DESCENDING,
                    MediatorFilter::of, MediatorService::list)
            .changes("Sync feed of mediators for mobile clients", """
                    Every create/update after the cursor, in order, each \
                    with its version; names masked as in lists (GET one for the full name). Pass nextCursor as since.""")
            .actionIfMatch(RecordApi.IF_MATCH_VERSION)
            .action("retire", MediatorActions.Retire.class, MediatorService::retire, "Retire (解聘/离任) a mediator: ACTIVE → RETIRED",
                    "retiredOn not before appointedOn, not in the future. Emits mediation.mediator.retired.",
                    "The mediator, RETIRED", RecordApi.WRITERS)
            .action("train", MediatorActions.Train.class, MediatorService::train, "Record a training (培训) of an ACTIVE mediator",
                    """
                            Appends the training (hours more than 0, at most 24; date not before appointedOn, not in the \
                            future). Emits mediation.mediator.trained.""",
                    "The mediator with the training", RecordApi.WRITERS);

    @Inject
    public MediatorResource(MediatorService mediators) {
        super(API, mediators);
    }
}
