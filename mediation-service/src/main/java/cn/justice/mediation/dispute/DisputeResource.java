package cn.justice.mediation.dispute;

import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Disputes (矛盾纠纷): registration, edits, the lifecycle of DESIGN §5.5 and the list with its filters. */
@Path("/api/v1/mediation/disputes")
@Tag(name = "Disputes", description = "矛盾纠纷")
public class DisputeResource extends RecordResource<DisputeService, DisputeView, DisputeCreate, DisputeUpdate> {
    public static final RecordApi<DisputeService, DisputeView> API = RecordApi.of(DisputeResource.class).personalData()
            .create("Register a dispute (登记)", """
                    Writes the dispute and its mediation.dispute.registered event in one \
                    transaction. A client-supplied id created again with the same body returns the existing record (200).""",
                    "Registered", "The same id was registered before with the same body")
            .get("Get one dispute", """
                    ETag carries the version. Parties' ID numbers and phones are masked; a county-admin \
                    may ask unmask=true (audited with the X-Purpose header).""", "The dispute")
            .update("Edit a dispute's editable fields", """
                    Never changes status (actions do). Send the version as If-Match \
                    (stale: 412) or as version in the body (stale: 409).""", "The dispute after the change")
            .list("List disputes", """
                    Filters combine; from/to apply to registeredOn. A township officer only sees its \
                    own township.""", DisputeService.SORTABLE, RecordApi.DESCENDING, DisputeFilter::of,
                    DisputeService::list)
            .changes("Sync feed for mobile clients",
                    "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.")
            .action("accept", DisputeActions.Accept.class, DisputeService::accept,
                    "Accept (受理): assign mediators of the handling committee; due in 30 days", "The dispute, ACCEPTED")
            .action("reject", DisputeActions.Reject.class, DisputeService::reject, "Reject (不予受理) with a reason",
                    "The dispute, REJECTED")
            .action("succeed", DisputeActions.Succeed.class, DisputeService::succeed,
                    "Record a successful mediation (调解成功) and its agreement", "The dispute, SUCCEEDED")
            .action("fail", DisputeActions.Fail.class, DisputeService::fail,
                    "Record a failed mediation (调解不成) and the route the parties were told of", "The dispute, FAILED")
            .action("withdraw", DisputeActions.Withdraw.class, DisputeService::withdraw,
                    "Record that the parties withdrew (撤回; 人民调解法第23条: REGISTERED or ACCEPTED)", "The dispute, WITHDRAWN")
            .action("follow-up", DisputeActions.FollowUp.class, DisputeService::followUp,
                    "Record a follow-up visit (回访) on a succeeded dispute", "The dispute with the follow-up")
            .action("judicial-confirmation", DisputeActions.JudicialConfirmation.class, DisputeService::judicialConfirmation,
                    """
                            Record judicial confirmation (司法确认, 人民调解法第33条): a joint application within 30 days of signing a \
                            written agreement; result INVALID makes the dispute AGREEMENT_INVALID""",
                    "The dispute with the confirmation (AGREEMENT_INVALID after an INVALID result)")
            .action("reopen", DisputeActions.Reopen.class, DisputeService::reopen,
                    "Mediate again (重新调解) after the agreement was ruled invalid: AGREEMENT_INVALID → ACCEPTED, due in 30 days",
                    "The dispute, ACCEPTED");

    @Inject
    public DisputeResource(DisputeService disputes) {
        super(API, disputes);
    }
}
