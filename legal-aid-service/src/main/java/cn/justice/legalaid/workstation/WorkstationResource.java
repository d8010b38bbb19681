package cn.justice.legalaid.workstation;

import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import cn.justice.platform.security.Roles;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageParams;
import cn.justice.platform.web.PageRequest;
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

/** HTTP API of legal aid workstations (法律援助工作站); rules live in {@link WorkstationService}. */
@Path("/api/v1/legal-aid/workstations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workstations", description = "法律援助工作站")
public class WorkstationResource extends RecordResource<WorkstationService, WorkstationView, WorkstationCreate, WorkstationUpdate> {
    public static final RecordApi<WorkstationService, WorkstationView> API = RecordApi.of(WorkstationResource.class)
            .actionIfMatch(RecordApi.IF_MATCH_VERSION)
            .create("Open a workstation (设立工作站)", "ACTIVE from openedOn; with closedOn (historical records) CLOSED. "
                    + "Emits legal-aid.workstation.opened. A client-supplied id created again with the same body returns "
                    + "the existing record (200), with another body 409. A township officer only in its own township (else "
                    + "403).", "Opened", "The same id was created before with the same body")
            .get("Get one workstation", "ETag carries the version.", "The workstation")
            .update("Correct a workstation", "name, kind, openedOn, closedOn (set: CLOSED; cleared: ACTIVE again); never "
                    + "the township. Send the version as If-Match (stale: 412) or as version in the body (stale: 409). A "
                    + "change emits legal-aid.workstation.updated; an unchanged body changes nothing.",
                    "The workstation after the change")
            .changes("Sync feed of workstations for mobile clients",
                    "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.")
            .action("close", WorkstationClose.class, WorkstationService::close, "Close a workstation (撤销): ACTIVE → CLOSED",
                    "closedOn defaults to today; the workstation is not active at the end of that day. Emits "
                    + "legal-aid.workstation.closed.", "The workstation, CLOSED", RecordApi.WRITERS);

    @Inject
    OrgDirectory orgs;

    @Inject
    public WorkstationResource(WorkstationService workstations) {
        super(API, workstations);
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List workstations", description = "Filters combine; from/to apply to openedOn; activeOn keeps "
            + "those active at the end of that day. A township officer only sees its own township.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WorkstationPage")))
    public Page<WorkstationView> list(
            @BeanParam PageParams paging,
            @QueryParam("sort") @Parameter(description = "field[,asc|desc]; fields: openedOn (default, desc), name, kind, "
                    + "status, closedOn, createdAt, updatedAt", example = "openedOn,desc") String sort,
            @QueryParam("townshipCode") @Parameter(example = "519901101") String townshipCode,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = WorkstationStatus.class)) String status,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = WorkstationKind.class)) String kind,
            @QueryParam("activeOn") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String activeOn,
            @QueryParam("from") @Parameter(description = "openedOn ≥ from", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "openedOn ≤ to", schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        var dates = QueryParams.optionalRange(from, to);
        String township = orgs.townshipFilter("townshipCode", townshipCode);
        WorkstationService.Filter filter = new WorkstationService.Filter(township,
                QueryParams.enumOf(WorkstationStatus.class, status, "status"),
                QueryParams.enumOf(WorkstationKind.class, kind, "kind"),
                QueryParams.date(activeOn, "activeOn"), dates.from(), dates.to());
        PageRequest pr = paging.request(sort, WorkstationService.SORTABLE, true);
        return service.list(caller.get(), filter, pr);
    }
}
