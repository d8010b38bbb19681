package cn.justice.legalaid.notarization;

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

/** HTTP API of notarizations (公证); rules live in {@link NotarizationService}. */
@Path("/api/v1/legal-aid/notarizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notarizations", description = "公证")
public class NotarizationResource {
    @Inject
    NotarizationService notarizations;
    @Inject
    CurrentCaller caller;
    @Inject
    Idempotency idempotency;
    @Inject
    OrgDirectory orgs;

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Record notarial acts (公证) of a day and kind",
            description = "County-wide when townshipCode is absent (county-admin and integration only; a township officer "
                    + "gets 403, as for another township). Emits legal-aid.notarization.recorded. A client-supplied id "
                    + "created again with the same body returns the existing record (200), with another body 409.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotarizationView.class)))
    @APIResponse(responseCode = "200", description = "The same id was recorded before with the same body",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotarizationView.class)))
    public Response record(@Parameter(description = "Makes a retried POST safe: the first response is returned again for 24 h")
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                           @Context UriInfo uri,
                           @Valid @NotNull NotarizationCreate body) {
        return idempotency.run(idempotencyKey, "POST", uri.getPath(), body, () -> {
            NotarizationService.Created c = notarizations.record(caller.get(), body);
            return Responses.created(uri, c.notarization().id(), c.created(), c.notarization());
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Get one notarization entry", description = "ETag carries the version. A township officer reads "
            + "its township's and the county-wide entries (another township's: 404).")
    @APIResponse(responseCode = "200", description = "The entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotarizationView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(notarizations.get(caller.get(), id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Correct a notarization entry",
            description = "date, kind, count; never the township. Send the version as If-Match (stale: 412) or as "
                    + "version in the body (stale: 409). A change emits legal-aid.notarization.updated; an unchanged body "
                    + "changes nothing. A township officer may not change a county-wide entry (403).")
    @APIResponse(responseCode = "200", description = "The entry after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotarizationView.class)))
    public Response update(@PathParam("id") UUID id,
                           @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @Valid @NotNull NotarizationUpdate body) {
        return Responses.ok(notarizations.update(caller.get(), id, ifMatch, body));
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List notarization entries", description = "Filters combine; from/to apply to date. townshipCode "
            + "lists that township's entries; countyWide=true only county-wide ones, false only township ones. A township "
            + "officer sees its own township's and the county-wide entries.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotarizationPage.class)))
    public Page<NotarizationView> list(
            @QueryParam("page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String page,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20")) String size,
            @QueryParam("sort") @Parameter(description = "field[,asc|desc]; fields: date (default, desc), count, kind, "
                    + "createdAt, updatedAt", example = "date,desc") String sort,
            @QueryParam("townshipCode") @Parameter(example = "519901101") String townshipCode,
            @QueryParam("countyWide") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String countyWide,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = NotarizationKind.class)) String kind,
            @QueryParam("from") @Parameter(description = "date ≥ from", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "date ≤ to", schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        var fromDate = QueryParams.date(from, "from");
        var toDate = QueryParams.date(to, "to");
        QueryParams.range(fromDate, toDate);
        String township = townshipCode == null || townshipCode.isBlank() ? null : townshipCode.trim();
        if (township != null) {
            orgs.requireTownship("townshipCode", township);
        }
        NotarizationService.Filter filter = new NotarizationService.Filter(township,
                QueryParams.bool(countyWide, "countyWide"),
                QueryParams.enumOf(NotarizationKind.class, kind, "kind"), fromDate, toDate);
        PageRequest pr = PageRequest.of(QueryParams.integer(page, "page"), QueryParams.integer(size, "size"), sort,
                NotarizationService.SORTABLE, true);
        return notarizations.list(caller.get(), filter, pr);
    }

    @GET
    @Path("changes")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Sync feed of notarizations for mobile clients",
            description = "Every create/update after the cursor, in order, each with its version (for a township officer: "
                    + "its township's and the county-wide entries). Pass nextCursor as since.")
    @APIResponse(responseCode = "200", description = "Changes after the cursor",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotarizationChanges.class)))
    public Changes<NotarizationView> changes(
            @QueryParam("since") @Parameter(description = "nextCursor of the previous call; absent for the start") String since,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "500")) String limit) {
        return notarizations.changes(caller.get(), ChangeCursor.parse(since), ChangeCursor.limit(QueryParams.integer(limit, "limit")));
    }

    /** OpenAPI shape of a page of notarizations. */
    @Schema(name = "NotarizationPage")
    public record NotarizationPage(List<NotarizationView> items, int page, int size, long total) {
    }

    /** OpenAPI shape of a batch of the sync feed. */
    @Schema(name = "NotarizationChanges")
    public record NotarizationChanges(List<NotarizationView> items, String nextCursor) {
    }
}
