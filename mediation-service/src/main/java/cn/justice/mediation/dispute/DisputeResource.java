package cn.justice.mediation.dispute;

import cn.justice.platform.audit.AuditLog;
import cn.justice.platform.idempotency.Idempotency;
import cn.justice.platform.personal.Unmasking;
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
            return Responses.created(uri, c.dispute().id(), c.created(), c.dispute());
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Get one dispute", description = "ETag carries the version. Parties' ID numbers and phones "
            + "are masked; a county-admin may ask unmask=true (audited with the X-Purpose header).")
    @APIResponse(responseCode = "200", description = "The dispute",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeView.class)))
    public Response get(@PathParam("id") UUID id,
                        @QueryParam("unmask") @Parameter(description = "county-admin only", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN)) String unmask,
                        @HeaderParam(AuditLog.PURPOSE_HEADER) @Parameter(description = "Why personal data is read (kept in the audit log); percent-encode non-ASCII text (UTF-8)") String purpose) {
        DisputeView d = disputes.get(caller.get(), id, Unmasking.requested(caller.get(), unmask), purpose);
        return Responses.ok(d);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Edit a dispute's editable fields",
            description = "Never changes status (actions do). Send the version as If-Match (stale: 412) or as version in the body (stale: 409).")
    @APIResponse(responseCode = "200", description = "The dispute after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @Valid @NotNull DisputeUpdate body) {
        DisputeView d = disputes.update(caller.get(), id, ifMatch, body);
        return Responses.ok(d);
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Accept (受理): assign mediators of the handling committee; due in 30 days")
    @APIResponse(responseCode = "200", description = "The dispute, ACCEPTED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeView.class)))
    public Response accept(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                           @Valid @NotNull DisputeActions.Accept body) {
        return action(idempotencyKey, uri, body, () -> disputes.accept(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Reject (不予受理) with a reason")
    @APIResponse(responseCode = "200", description = "The dispute, REJECTED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeView.class)))
    public Response reject(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                           @Valid @NotNull DisputeActions.Reject body) {
        return action(idempotencyKey, uri, body, () -> disputes.reject(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/succeed")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Record a successful mediation (调解成功) and its agreement")
    @APIResponse(responseCode = "200", description = "The dispute, SUCCEEDED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeView.class)))
    public Response succeed(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                            @Valid @NotNull DisputeActions.Succeed body) {
        return action(idempotencyKey, uri, body, () -> disputes.succeed(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/fail")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Record a failed mediation (调解不成) and the route the parties were told of")
    @APIResponse(responseCode = "200", description = "The dispute, FAILED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeView.class)))
    public Response fail(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                         @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                         @Valid @NotNull DisputeActions.Fail body) {
        return action(idempotencyKey, uri, body, () -> disputes.fail(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Record that the parties withdrew (撤回)")
    @APIResponse(responseCode = "200", description = "The dispute, WITHDRAWN",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeView.class)))
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                             @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                             @Valid @NotNull DisputeActions.Withdraw body) {
        return action(idempotencyKey, uri, body, () -> disputes.withdraw(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/follow-up")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Record a follow-up visit (回访) on a succeeded dispute")
    @APIResponse(responseCode = "200", description = "The dispute with the follow-up",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeView.class)))
    public Response followUp(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                             @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                             @Valid @NotNull DisputeActions.FollowUp body) {
        return action(idempotencyKey, uri, body, () -> disputes.followUp(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/judicial-confirmation")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Record judicial confirmation (司法确认), applied within 30 days of signing a written agreement")
    @APIResponse(responseCode = "200", description = "The dispute with the confirmation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeView.class)))
    public Response judicialConfirmation(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                         @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                                         @Valid @NotNull DisputeActions.JudicialConfirmation body) {
        return action(idempotencyKey, uri, body, () -> disputes.judicialConfirmation(caller.get(), id, ifMatch, body));
    }

    private Response action(String idempotencyKey, UriInfo uri, Object body, java.util.function.Supplier<DisputeView> work) {
        return idempotency.run(idempotencyKey, "POST", uri.getPath(), body, () -> {
            DisputeView d = work.get();
            return Responses.ok(d);
        });
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
            @QueryParam("sort") @Parameter(description = "field[,asc|desc]; fields: registeredOn, createdAt, updatedAt, status, category, acceptedOn, dueOn, closedOn", example = "registeredOn,desc") String sort,
            @QueryParam("townshipCode") @Parameter(example = "519901101") String townshipCode,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = DisputeStatus.class)) String status,
            @QueryParam("source") @Parameter(schema = @Schema(implementation = DisputeSource.class)) String source,
            @QueryParam("category") @Parameter(schema = @Schema(implementation = DisputeCategory.class)) String category,
            @QueryParam("from") @Parameter(description = "registeredOn ≥ from", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "registeredOn ≤ to", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date")) String to,
            @QueryParam("overdue") @Parameter(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN)) String overdue,
            @QueryParam("committeeId") @Parameter(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uuid")) String committeeId,
            @QueryParam("idNumber") @Parameter(description = "Exact ID number of any party (matched by keyed hash)") String idNumber) {
        var fromDate = QueryParams.date(from, "from");
        var toDate = QueryParams.date(to, "to");
        QueryParams.range(fromDate, toDate);
        DisputeFilter filter = new DisputeFilter(townshipCode,
                QueryParams.enumOf(DisputeStatus.class, status, "status"),
                QueryParams.enumOf(DisputeSource.class, source, "source"),
                QueryParams.enumOf(DisputeCategory.class, category, "category"),
                QueryParams.uuid(committeeId, "committeeId"), fromDate, toDate, QueryParams.bool(overdue, "overdue"),
                idNumber == null || idNumber.isBlank() ? null : idNumber.trim());
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
