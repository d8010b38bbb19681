package cn.justice.legalaid.workstation;

import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP API of legal aid workstations (法律援助工作站); rules live in {@link WorkstationService}. */
@Path("/api/v1/legal-aid/workstations")
@Tag(name = "Workstations", description = "法律援助工作站")
public class WorkstationResource extends RecordResource<WorkstationService, WorkstationView, WorkstationCreate, WorkstationUpdate> {
    public static final RecordApi<WorkstationService, WorkstationView> API = RecordApi.of(WorkstationResource.class)
            .actionIfMatch(RecordApi.IF_MATCH_VERSION)
            .create("Open a workstation (设立工作站)", """
                    ACTIVE from openedOn; with closedOn (historical records) CLOSED. \
                    Emits legal-aid.workstation.opened. A client-supplied id created again with the same body returns \
                    the existing record (200), with another body 409. A township officer only in its own township (else \
                    403).""", "Opened", "The same id was created before with the same body")
            .get("Get one workstation", "ETag carries the version.", "The workstation")
            .update("Correct a workstation", """
                    name, kind, openedOn, closedOn (set: CLOSED; cleared: ACTIVE again); never \
                    the township. Send the version as If-Match (stale: 412) or as version in the body (stale: 409). A \
                    change emits legal-aid.workstation.updated; an unchanged body changes nothing.""",
                    "The workstation after the change")
            .list("List workstations", """
                    Filters combine; from/to apply to openedOn; activeOn keeps those active at the \
                    end of that day. A township officer only sees its own township.""", WorkstationService.SORTABLE,
                    RecordApi.DESCENDING, WorkstationService.Filter::of, WorkstationService::list)
            .changes("Sync feed of workstations for mobile clients",
                    "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.")
            .action("close", WorkstationClose.class, WorkstationService::close, "Close a workstation (撤销): ACTIVE → CLOSED",
                    """
                            closedOn defaults to today; the workstation is not active at the end of that day. Emits \
                            legal-aid.workstation.closed.""", "The workstation, CLOSED", RecordApi.WRITERS);

    @Inject
    public WorkstationResource(WorkstationService workstations) {
        super(API, workstations);
    }
}
