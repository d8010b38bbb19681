package cn.justice.correction.released;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

@Path("/api/v1/correction/released-persons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Released persons", description = "刑满释放人员 (安置帮教)")
public class ReleasedResource {
    @Inject
    ReleasedService persons;
    @Inject
    CurrentCaller caller;
    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Register a released person (刑满释放人员登记)",
            description = "Writes the record (REGISTERED) and its correction.released-person.registered event in one "
                    + "transaction. Name and ID number are stored encrypted. A client-supplied id created again with the "
                    + "same body returns the existing record (200).")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReleasedView.class)))
    @APIResponse(responseCode = "200", description = "The same id was registered before with the same body",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReleasedView.class)))
    public Response register(
            @Parameter(description = "Makes a retried POST safe: the first response is returned again for 24 h")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @Valid @NotNull ReleasedCreate body) {
        return idempotency.run(idempotencyKey, "POST", uri.getPath(), body, () -> {
            ReleasedService.Created c = persons.register(caller.get(), body);
            return Responses.created(uri, c.person().id(), c.created(), c.person());
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Get one released person (audited)",
            description = "ETag carries the version. Name and ID number are masked and the birth date withheld; a "
                    + "county-admin may ask unmask=true (anyone else: 403). Every read is written to the audit log "
                    + "(READ, or UNMASK) with the X-Purpose header.")
    @APIResponse(responseCode = "200", description = "The released person",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReleasedView.class)))
    public Response get(@PathParam("id") UUID id,
                        @QueryParam("unmask") @Parameter(description = "county-admin only", schema = @Schema(type = SchemaType.BOOLEAN)) String unmask,
                        @HeaderParam(AuditLog.PURPOSE_HEADER) @Parameter(description = "Why the record is read (kept in the audit log); percent-encode non-ASCII text (UTF-8)") String purpose) {
        return Responses.ok(persons.get(caller.get(), id, Unmasking.requested(caller.get(), unmask), purpose));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Edit the editable fields of a released person",
            description = "Never changes status (actions do). Send the version as If-Match (stale: 412) or as version in the body (stale: 409).")
    @APIResponse(responseCode = "200", description = "The released person after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReleasedView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @Valid @NotNull ReleasedUpdate body) {
        return Responses.ok(persons.update(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/connect")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "衔接: taken over from the releasing institution")
    @APIResponse(responseCode = "200", description = "The person, CONNECTED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReleasedView.class)))
    public Response connect(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                           @Valid @NotNull ReleasedActions.Connect body) {
        return action(idempotencyKey, uri, body, () -> persons.connect(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/place")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "安置: placement (employment, farming, support…)")
    @APIResponse(responseCode = "200", description = "The person, PLACED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReleasedView.class)))
    public Response place(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                           @Valid @NotNull ReleasedActions.Place body) {
        return action(idempotencyKey, uri, body, () -> persons.place(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/assist")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "帮教: record an assistance visit (kept as a list)")
    @APIResponse(responseCode = "200", description = "The person with the visit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReleasedView.class)))
    public Response assist(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                           @Valid @NotNull ReleasedActions.Assist body) {
        return action(idempotencyKey, uri, body, () -> persons.assist(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "End 安置帮教 (帮教期满 or other reason)")
    @APIResponse(responseCode = "200", description = "The person, CLOSED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReleasedView.class)))
    public Response close(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                           @Valid @NotNull ReleasedActions.Close body) {
        return action(idempotencyKey, uri, body, () -> persons.close(caller.get(), id, ifMatch, body));
    }

    private Response action(String idempotencyKey, UriInfo uri, Object body, Supplier<ReleasedView> work) {
        return idempotency.run(idempotencyKey, "POST", uri.getPath(), body, () -> Responses.ok(work.get()));
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List released persons",
            description = "Filters combine; from/to apply to releasedOn. Names and ID numbers are masked. "
                    + "A township officer only sees its own township.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReleasedPage.class)))
    public Page<ReleasedView> list(
            @QueryParam("page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String page,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20")) String size,
            @QueryParam("sort") @Parameter(description = "field[,asc|desc]; fields: releasedOn, createdAt, updatedAt, status, connectedOn, placedOn, closedOn", example = "releasedOn,desc") String sort,
            @QueryParam("townshipCode") @Parameter(example = "519901101") String townshipCode,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ReleasedStatus.class)) String status,
            @QueryParam("placement") @Parameter(schema = @Schema(implementation = Placement.class)) String placement,
            @QueryParam("from") @Parameter(description = "releasedOn ≥ from", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "releasedOn ≤ to", schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @QueryParam("minor") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String minor,
            @QueryParam("idNumber") @Parameter(description = "Exact resident ID number (matched by keyed hash)") String idNumber) {
        var fromDate = QueryParams.date(from, "from");
        var toDate = QueryParams.date(to, "to");
        QueryParams.range(fromDate, toDate);
        ReleasedFilter filter = new ReleasedFilter(townshipCode,
                QueryParams.enumOf(ReleasedStatus.class, status, "status"),
                QueryParams.enumOf(Placement.class, placement, "placement"),
                fromDate, toDate, QueryParams.bool(minor, "minor"),
                idNumber == null || idNumber.isBlank() ? null : idNumber.trim());
        PageRequest pr = PageRequest.of(QueryParams.integer(page, "page"), QueryParams.integer(size, "size"), sort,
                ReleasedService.SORTABLE, true);
        return persons.list(caller.get(), filter, pr);
    }

    @GET
    @Path("changes")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Sync feed of released persons for mobile clients",
            description = "Every create/update after the cursor, in order, each with its version (masked as in lists). Pass nextCursor as since.")
    @APIResponse(responseCode = "200", description = "Changes after the cursor",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReleasedChanges.class)))
    public Changes<ReleasedView> changes(
            @QueryParam("since") @Parameter(description = "nextCursor of the previous call; absent for the start") String since,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "500")) String limit) {
        return persons.changes(caller.get(), ChangeCursor.parse(since), ChangeCursor.limit(QueryParams.integer(limit, "limit")));
    }

    /** OpenAPI shape of a page of released persons. */
    @Schema(name = "ReleasedPersonPage")
    public record ReleasedPage(List<ReleasedView> items, int page, int size, long total) {
    }

    /** OpenAPI shape of a batch of the sync feed. */
    @Schema(name = "ReleasedPersonChanges")
    public record ReleasedChanges(List<ReleasedView> items, String nextCursor) {
    }
}
