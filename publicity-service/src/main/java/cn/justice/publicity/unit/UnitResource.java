package cn.justice.publicity.unit;

import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import cn.justice.platform.security.Roles;
import cn.justice.platform.web.QueryParams;
import cn.justice.platform.web.Responses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * HTTP API of the 谁执法谁普法 responsible units; rules live in {@link UnitService}. Besides the record's standard
 * operations, a unit has one plan per year ({@code {id}/years/{year}}), hand-written here: a PUT on a sub-resource
 * with its own path parameter is not a record action.
 */
@Path("/api/v1/publicity/responsible-units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Responsible units", description = "谁执法谁普法 责任单位 (county records)")
public class UnitResource extends RecordResource<UnitService, UnitView, UnitCreate, UnitUpdate> {
    public static final RecordApi<UnitService, UnitView> API = RecordApi.of(UnitResource.class)
            .create("Register a responsible unit (责任单位登记)", """
                    A county record of the caller's county; emits \
                    publicity.responsible-unit.registered. A client-supplied id created again with the same body \
                    returns the existing record (200), with another body 409. A township officer may read units but \
                    not register or change them (403).""", "Registered", "The same id was registered before with the same body")
            .get("Get one responsible unit", """
                    ETag carries the version. Readable by every role of the county, township \
                    officers included.""", "The unit")
            .update("Correct a responsible unit's name and kind", """
                    Send the version as If-Match (stale: 412) or as \
                    version in the body (stale: 409). A change emits publicity.responsible-unit.updated; an unchanged \
                    body changes nothing. Township officer: 403.""", "The unit after the change")
            .list("List responsible units", """
                    The county's units (every role of the county sees them all). name matches \
                    a part of the name, case-insensitively.""", UnitService.SORTABLE, RecordApi.ASCENDING,
                    UnitService.Filter::of, UnitService::list)
            .changes("Sync feed of responsible units for mobile clients",
                    "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.");

    @Inject
    public UnitResource(UnitService units) {
        super(API, units);
    }

    @PUT
    @Path("{id}/years/{year}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Set a unit's responsibility list and planned activities of one year",
            description = """
                    Replaces the year's plan {items[], plannedActivities}. Send the unit's version as If-Match \
                    (stale: 412) or as version in the body (stale: 409). A change emits \
                    publicity.responsible-unit.year-planned; an unchanged plan changes nothing. Township officer: 403.""")
    @APIResponse(responseCode = "200", description = "The unit after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    public Response planYear(@PathParam("id") UUID id,
                             @PathParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"), example = "2025") String year,
                             @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                             @Valid @NotNull YearPlanBody body) {
        return Responses.ok(service.planYear(caller.get(), id, year(year), ifMatch, body));
    }

    @GET
    @Path("{id}/years/{year}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "A unit's plan of one year against the activities it held",
            description = """
                    items and plannedActivities of the year (planned false, empty and 0 when not set) and \
                    heldActivities: HELD activities the unit organised with heldOn in the year.""")
    @APIResponse(responseCode = "200", description = "Plan and progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearProgress.class)))
    public YearProgress yearProgress(@PathParam("id") UUID id,
                                     @PathParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"), example = "2025") String year) {
        return service.yearProgress(caller.get(), id, year(year));
    }

    static int year(String year) {
        Integer y = QueryParams.integer(year, "year");
        if (y == null) {
            throw ProblemException.invalid("year", "is required");
        }
        UnitService.checkYear(y);
        return y;
    }
}
