package cn.justice.mediation.dispute;

import cn.justice.platform.idempotency.Idempotency;
import cn.justice.platform.security.CurrentCaller;
import cn.justice.platform.security.Roles;
import cn.justice.platform.web.ChangeCursor;
import cn.justice.platform.web.Changes;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import cn.justice.platform.web.QueryParams;
import cn.justice.platform.web.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/mediation/disputes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Disputes", description = "矛盾纠纷")
public class DisputeResource {
    @Inject
    DisputeService disputes;
    @Inject
    CurrentCaller caller;
    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Register a dispute (登记)",
            description = "Writes the dispute and its mediation.dispute.registered event in one transaction. "
                    + "A client-supplied id created again with the same body returns the existing record (200).")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeView.class)))
    @APIResponse(responseCode = "200", description = "The same id was registered before with the same body",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeView.class)))
    public Response register(
            @Parameter(description = "Makes a retried POST safe: the first response is returned again for 24 h")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @Valid @NotNull DisputeCreate body) {
        return idempotency.run(idempotencyKey, "POST", uri.getPath(), body, () -> {
            DisputeService.Created c = disputes.register(caller.get(), body);
            Response.ResponseBuilder rb = c.created()
                    ? Response.created(uri.getAbsolutePathBuilder().path(c.dispute().id().toString()).build())
                    : Response.ok();
            return rb.entity(c.dispute()).tag(new jakarta.ws.rs.core.EntityTag(Long.toString(c.dispute().version()))).build();
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Get one dispute", description = "ETag carries the version.")
    @APIResponse(responseCode = "200", description = "The dispute",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeView.class)))
    public Response get(@PathParam("id") UUID id) {
        DisputeView d = disputes.get(caller.get(), id);
        return Response.ok(d).header("ETag", Versions.etag(d.version())).build();
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List disputes", description = "Filters combine; from/to apply to registeredOn. "
            + "A township officer only sees its own township.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputePage.class)))
    public Page<DisputeView> list(
            @QueryParam("page") @Parameter(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String page,
            @QueryParam("size") @Parameter(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20")) String size,
            @QueryParam("sort") @Parameter(description = "field[,asc|desc]; fields: registeredOn, createdAt, updatedAt, status, category, closedOn", example = "registeredOn,desc") String sort,
            @QueryParam("townshipCode") @Parameter(example = "519901101") String townshipCode,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = DisputeStatus.class)) String status,
            @QueryParam("source") @Parameter(schema = @Schema(implementation = DisputeSource.class)) String source,
            @QueryParam("category") @Parameter(schema = @Schema(implementation = DisputeCategory.class)) String category,
            @QueryParam("from") @Parameter(description = "registeredOn ≥ from", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "registeredOn ≤ to", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date")) String to,
            @QueryParam("overdue") @Parameter(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN)) String overdue) {
        var fromDate = QueryParams.date(from, "from");
        var toDate = QueryParams.date(to, "to");
        QueryParams.range(fromDate, toDate);
        DisputeFilter filter = new DisputeFilter(townshipCode,
                QueryParams.enumOf(DisputeStatus.class, status, "status"),
                QueryParams.enumOf(DisputeSource.class, source, "source"),
                QueryParams.enumOf(DisputeCategory.class, category, "category"),
                fromDate, toDate, QueryParams.bool(overdue, "overdue"));
        PageRequest pr = PageRequest.of(QueryParams.integer(page, "page"), QueryParams.integer(size, "size"), sort,
                DisputeService.SORTABLE, true);
        return disputes.list(caller.get(), filter, pr);
    }

    @GET
    @Path("changes")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Sync feed for mobile clients",
            description = "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.")
    @APIResponse(responseCode = "200", description = "Changes after the cursor",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeChanges.class)))
    public Changes<DisputeView> changes(
            @QueryParam("since") @Parameter(description = "nextCursor of the previous call; absent for the start") String since,
            @QueryParam("limit") @Parameter(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "500")) String limit) {
        return disputes.changes(caller.get(), ChangeCursor.parse(since), ChangeCursor.limit(QueryParams.integer(limit, "limit")));
    }

    /** OpenAPI shape of a page of disputes. */
    @Schema(name = "DisputePage")
    public record DisputePage(java.util.List<DisputeView> items, int page, int size, long total) {
    }

    /** OpenAPI shape of a batch of the sync feed. */
    @Schema(name = "DisputeChanges")
    public record DisputeChanges(java.util.List<DisputeView> items, String nextCursor) {
    }
}
