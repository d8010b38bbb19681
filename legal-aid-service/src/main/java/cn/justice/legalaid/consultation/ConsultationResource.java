package cn.justice.legalaid.consultation;

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

/** HTTP API of legal consultations (法律咨询); rules live in {@link ConsultationService}. */
@Path("/api/v1/legal-aid/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consultations", description = "法律咨询")
public class ConsultationResource {
    @Inject
    ConsultationService consultations;
    @Inject
    CurrentCaller caller;
    @Inject
    Idempotency idempotency;
    @Inject
    OrgDirectory orgs;

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Record consultations (法律咨询), one or a batch (count)",
            description = "Emits legal-aid.consultation.recorded. A client-supplied id created again with the same body "
                    + "returns the existing record (200), with another body 409. A township officer only in its own "
                    + "township (else 403).")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsultationView.class)))
    @APIResponse(responseCode = "200", description = "The same id was recorded before with the same body",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsultationView.class)))
    public Response record(@Parameter(description = "Makes a retried POST safe: the first response is returned again for 24 h")
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                           @Context UriInfo uri,
                           @Valid @NotNull ConsultationCreate body) {
        return idempotency.run(idempotencyKey, "POST", uri.getPath(), body, () -> {
            ConsultationService.Created c = consultations.record(caller.get(), body);
            return Responses.created(uri, c.consultation().id(), c.created(), c.consultation());
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Get one consultation entry", description = "ETag carries the version.")
    @APIResponse(responseCode = "200", description = "The entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsultationView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(consultations.get(caller.get(), id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Correct a consultation entry",
            description = "date, channel, villageCode, topic, count; never the township. Send the version as If-Match "
                    + "(stale: 412) or as version in the body (stale: 409). A change emits legal-aid.consultation.updated; "
                    + "an unchanged body changes nothing.")
    @APIResponse(responseCode = "200", description = "The entry after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsultationView.class)))
    public Response update(@PathParam("id") UUID id,
                           @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @Valid @NotNull ConsultationUpdate body) {
        return Responses.ok(consultations.update(caller.get(), id, ifMatch, body));
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List consultation entries", description = "Filters combine; from/to apply to date. A township "
            + "officer only sees its own township.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsultationPage.class)))
    public Page<ConsultationView> list(
            @QueryParam("page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String page,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20")) String size,
            @QueryParam("sort") @Parameter(description = "field[,asc|desc]; fields: date (default, desc), count, channel, "
                    + "createdAt, updatedAt", example = "date,desc") String sort,
            @QueryParam("townshipCode") @Parameter(example = "519901101") String townshipCode,
            @QueryParam("villageCode") @Parameter(example = "519901101201") String villageCode,
            @QueryParam("channel") @Parameter(schema = @Schema(implementation = ConsultationChannel.class)) String channel,
            @QueryParam("from") @Parameter(description = "date ≥ from", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "date ≤ to", schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        var fromDate = QueryParams.date(from, "from");
        var toDate = QueryParams.date(to, "to");
        QueryParams.range(fromDate, toDate);
        String township = townshipCode == null || townshipCode.isBlank() ? null : townshipCode.trim();
        if (township != null) {
            orgs.requireTownship("townshipCode", township);
        }
        ConsultationService.Filter filter = new ConsultationService.Filter(township,
                villageCode == null || villageCode.isBlank() ? null : villageCode.trim(),
                QueryParams.enumOf(ConsultationChannel.class, channel, "channel"), fromDate, toDate);
        PageRequest pr = PageRequest.of(QueryParams.integer(page, "page"), QueryParams.integer(size, "size"), sort,
                ConsultationService.SORTABLE, true);
        return consultations.list(caller.get(), filter, pr);
    }

    @GET
    @Path("changes")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Sync feed of consultations for mobile clients",
            description = "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.")
    @APIResponse(responseCode = "200", description = "Changes after the cursor",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsultationChanges.class)))
    public Changes<ConsultationView> changes(
            @QueryParam("since") @Parameter(description = "nextCursor of the previous call; absent for the start") String since,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "500")) String limit) {
        return consultations.changes(caller.get(), ChangeCursor.parse(since), ChangeCursor.limit(QueryParams.integer(limit, "limit")));
    }

    /** OpenAPI shape of a page of consultations. */
    @Schema(name = "ConsultationPage")
    public record ConsultationPage(List<ConsultationView> items, int page, int size, long total) {
    }

    /** OpenAPI shape of a batch of the sync feed. */
    @Schema(name = "ConsultationChanges")
    public record ConsultationChanges(List<ConsultationView> items, String nextCursor) {
    }
}
