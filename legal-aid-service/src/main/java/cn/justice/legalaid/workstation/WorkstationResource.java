package cn.justice.legalaid.workstation;

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

/** HTTP API of legal aid workstations (法律援助工作站); rules live in {@link WorkstationService}. */
@Path("/api/v1/legal-aid/workstations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workstations", description = "法律援助工作站")
public class WorkstationResource {
    @Inject
    WorkstationService workstations;
    @Inject
    CurrentCaller caller;
    @Inject
    Idempotency idempotency;
    @Inject
    OrgDirectory orgs;

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Open a workstation (设立工作站)",
            description = "ACTIVE from openedOn; with closedOn (historical records) CLOSED. Emits "
                    + "legal-aid.workstation.opened. A client-supplied id created again with the same body returns the "
                    + "existing record (200), with another body 409. A township officer only in its own township (else 403).")
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkstationView.class)))
    @APIResponse(responseCode = "200", description = "The same id was created before with the same body",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkstationView.class)))
    public Response open(@Parameter(description = "Makes a retried POST safe: the first response is returned again for 24 h")
                         @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                         @Context UriInfo uri,
                         @Valid @NotNull WorkstationCreate body) {
        return idempotency.run(idempotencyKey, "POST", uri.getPath(), body, () -> {
            WorkstationService.Created c = workstations.open(caller.get(), body);
            return Responses.created(uri, c.workstation().id(), c.created(), c.workstation());
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Get one workstation", description = "ETag carries the version.")
    @APIResponse(responseCode = "200", description = "The workstation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkstationView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(workstations.get(caller.get(), id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Correct a workstation",
            description = "name, kind, openedOn, closedOn (set: CLOSED; cleared: ACTIVE again); never the township. Send "
                    + "the version as If-Match (stale: 412) or as version in the body (stale: 409). A change emits "
                    + "legal-aid.workstation.updated; an unchanged body changes nothing.")
    @APIResponse(responseCode = "200", description = "The workstation after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkstationView.class)))
    public Response update(@PathParam("id") UUID id,
                           @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @Valid @NotNull WorkstationUpdate body) {
        return Responses.ok(workstations.update(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Close a workstation (撤销): ACTIVE → CLOSED",
            description = "closedOn defaults to today; the workstation is not active at the end of that day. Emits "
                    + "legal-aid.workstation.closed.")
    @APIResponse(responseCode = "200", description = "The workstation, CLOSED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkstationView.class)))
    public Response close(@PathParam("id") UUID id,
                          @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                          @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                          @Valid @NotNull WorkstationClose body) {
        return idempotency.run(idempotencyKey, "POST", uri.getPath(), body,
                () -> Responses.ok(workstations.close(caller.get(), id, ifMatch, body)));
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List workstations", description = "Filters combine; from/to apply to openedOn; activeOn keeps "
            + "those active at the end of that day. A township officer only sees its own township.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkstationPage.class)))
    public Page<WorkstationView> list(
            @QueryParam("page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String page,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20")) String size,
            @QueryParam("sort") @Parameter(description = "field[,asc|desc]; fields: openedOn (default, desc), name, kind, "
                    + "status, closedOn, createdAt, updatedAt", example = "openedOn,desc") String sort,
            @QueryParam("townshipCode") @Parameter(example = "519901101") String townshipCode,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = WorkstationStatus.class)) String status,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = WorkstationKind.class)) String kind,
            @QueryParam("activeOn") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String activeOn,
            @QueryParam("from") @Parameter(description = "openedOn ≥ from", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "openedOn ≤ to", schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        var fromDate = QueryParams.date(from, "from");
        var toDate = QueryParams.date(to, "to");
        QueryParams.range(fromDate, toDate);
        String township = townshipCode == null || townshipCode.isBlank() ? null : townshipCode.trim();
        if (township != null) {
            orgs.requireTownship("townshipCode", township);
        }
        WorkstationService.Filter filter = new WorkstationService.Filter(township,
                QueryParams.enumOf(WorkstationStatus.class, status, "status"),
                QueryParams.enumOf(WorkstationKind.class, kind, "kind"),
                QueryParams.date(activeOn, "activeOn"), fromDate, toDate);
        PageRequest pr = PageRequest.of(QueryParams.integer(page, "page"), QueryParams.integer(size, "size"), sort,
                WorkstationService.SORTABLE, true);
        return workstations.list(caller.get(), filter, pr);
    }

    @GET
    @Path("changes")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Sync feed of workstations for mobile clients",
            description = "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.")
    @APIResponse(responseCode = "200", description = "Changes after the cursor",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkstationChanges.class)))
    public Changes<WorkstationView> changes(
            @QueryParam("since") @Parameter(description = "nextCursor of the previous call; absent for the start") String since,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "500")) String limit) {
        return workstations.changes(caller.get(), ChangeCursor.parse(since), ChangeCursor.limit(QueryParams.integer(limit, "limit")));
    }

    /** OpenAPI shape of a page of workstations. */
    @Schema(name = "WorkstationPage")
    public record WorkstationPage(List<WorkstationView> items, int page, int size, long total) {
    }

    /** OpenAPI shape of a batch of the sync feed. */
    @Schema(name = "WorkstationChanges")
    public record WorkstationChanges(List<WorkstationView> items, String nextCursor) {
    }
}
