package cn.justice.publicity.unit;

import cn.justice.platform.idempotency.Idempotency;
import cn.justice.platform.problem.ProblemException;
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

/** HTTP API of the 谁执法谁普法 responsible units; rules live in {@link UnitService}. */
@Path("/api/v1/publicity/responsible-units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Responsible units", description = "谁执法谁普法 责任单位 (county records)")
public class UnitResource {
    @Inject
    UnitService units;
    @Inject
    CurrentCaller caller;
    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Register a responsible unit (责任单位登记)",
            description = "A county record of the caller's county; emits publicity.responsible-unit.registered. A "
                    + "client-supplied id created again with the same body returns the existing record (200), with "
                    + "another body 409. A township officer may read units but not register or change them (403).")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "200", description = "The same id was registered before with the same body",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    public Response register(
            @Parameter(description = "Makes a retried POST safe: the first response is returned again for 24 h")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @Valid @NotNull UnitCreate body) {
        return idempotency.run(idempotencyKey, "POST", uri.getPath(), body, () -> {
            UnitService.Created c = units.register(caller.get(), body);
            return Responses.created(uri, c.unit().id(), c.created(), c.unit());
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Get one responsible unit", description = "ETag carries the version. Readable by every role "
            + "of the county, township officers included.")
    @APIResponse(responseCode = "200", description = "The unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(units.get(caller.get(), id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Correct a responsible unit's name and kind",
            description = "Send the version as If-Match (stale: 412) or as version in the body (stale: 409). A change "
                    + "emits publicity.responsible-unit.updated; an unchanged body changes nothing. Township officer: 403.")
    @APIResponse(responseCode = "200", description = "The unit after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    public Response update(@PathParam("id") UUID id,
                           @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @Valid @NotNull UnitUpdate body) {
        return Responses.ok(units.update(caller.get(), id, ifMatch, body));
    }

    @PUT
    @Path("{id}/years/{year}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Set a unit's responsibility list and planned activities of one year",
            description = "Replaces the year's plan {items[], plannedActivities}. Send the unit's version as If-Match "
                    + "(stale: 412) or as version in the body (stale: 409). A change emits "
                    + "publicity.responsible-unit.year-planned; an unchanged plan changes nothing. Township officer: 403.")
    @APIResponse(responseCode = "200", description = "The unit after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    public Response planYear(@PathParam("id") UUID id,
                             @PathParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"), example = "2025") String year,
                             @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                             @Valid @NotNull YearPlanBody body) {
        return Responses.ok(units.planYear(caller.get(), id, year(year), ifMatch, body));
    }

    @GET
    @Path("{id}/years/{year}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "A unit's plan of one year against the activities it held",
            description = "items and plannedActivities of the year (planned false, empty and 0 when not set) and "
                    + "heldActivities: HELD activities the unit organised with heldOn in the year.")
    @APIResponse(responseCode = "200", description = "Plan and progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearProgress.class)))
    public YearProgress yearProgress(@PathParam("id") UUID id,
                                     @PathParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"), example = "2025") String year) {
        return units.yearProgress(caller.get(), id, year(year));
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List responsible units", description = "The county's units (every role of the county sees "
            + "them all). name matches a part of the name, case-insensitively.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitPage.class)))
    public Page<UnitView> list(
            @QueryParam("page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String page,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20")) String size,
            @QueryParam("sort") @Parameter(description = "field[,asc|desc]; fields: name (default, asc), kind, createdAt, "
                    + "updatedAt", example = "name,asc") String sort,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = UnitKind.class)) String kind,
            @QueryParam("name") @Parameter(description = "Part of the name", example = "公安") String name) {
        PageRequest pr = PageRequest.of(QueryParams.integer(page, "page"), QueryParams.integer(size, "size"), sort,
                UnitService.SORTABLE, false);
        return units.list(caller.get(), QueryParams.enumOf(UnitKind.class, kind, "kind"), name, pr);
    }

    @GET
    @Path("changes")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Sync feed of responsible units for mobile clients",
            description = "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.")
    @APIResponse(responseCode = "200", description = "Changes after the cursor",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitChanges.class)))
    public Changes<UnitView> changes(
            @QueryParam("since") @Parameter(description = "nextCursor of the previous call; absent for the start") String since,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "500")) String limit) {
        return units.changes(caller.get(), ChangeCursor.parse(since), ChangeCursor.limit(QueryParams.integer(limit, "limit")));
    }

    static int year(String year) {
        Integer y = QueryParams.integer(year, "year");
        if (y == null) {
            throw ProblemException.invalid("year", "is required");
        }
        UnitService.checkYear(y);
        return y;
    }

    /** OpenAPI shape of a page of units. */
    @Schema(name = "ResponsibleUnitPage")
    public record UnitPage(List<UnitView> items, int page, int size, long total) {
    }

    /** OpenAPI shape of a batch of the sync feed. */
    @Schema(name = "ResponsibleUnitChanges")
    public record UnitChanges(List<UnitView> items, String nextCursor) {
    }
}
