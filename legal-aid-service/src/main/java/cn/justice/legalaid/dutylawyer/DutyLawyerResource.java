package cn.justice.legalaid.dutylawyer;

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
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

/** HTTP API of duty lawyer services (值班律师, 法律援助法第30条); rules live in {@link DutyLawyerServices}. */
@Path("/api/v1/legal-aid/duty-lawyer-services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Duty lawyer services", description = "值班律师 (法律援助法第30条)")
public class DutyLawyerResource extends RecordResource<DutyLawyerServices, DutyLawyerView, DutyLawyerCreate, DutyLawyerUpdate> {
    public static final RecordApi<DutyLawyerServices, DutyLawyerView> API = RecordApi.of(DutyLawyerResource.class)
            .create("Record duty lawyer services (值班律师) of a day, place and kind", "County-wide when townshipCode is "
                    + "absent (county-admin and integration only; a township officer gets 403, as for another township). "
                    + "Emits legal-aid.duty-lawyer-service.recorded. A client-supplied id created again with the same body "
                    + "returns the existing record (200), with another body 409.",
                    "Recorded", "The same id was recorded before with the same body")
            .get("Get one duty lawyer entry", "ETag carries the version. A township officer reads its township's and the "
                    + "county-wide entries (another township's: 404).", "The entry")
            .update("Correct a duty lawyer entry", "date, place, kind, count; never the township. Send the version as "
                    + "If-Match (stale: 412) or as version in the body (stale: 409). A change emits "
                    + "legal-aid.duty-lawyer-service.updated; an unchanged body changes nothing. A township officer may "
                    + "not change a county-wide entry (403).", "The entry after the change")
            .changes("Sync feed of duty lawyer entries for mobile clients", "Every create/update after the cursor, in "
                    + "order, each with its version (for a township officer: its township's and the county-wide "
                    + "entries). Pass nextCursor as since.");

    @Inject
    OrgDirectory orgs;

    @Inject
    public DutyLawyerResource(DutyLawyerServices services) {
        super(API, services);
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List duty lawyer entries", description = "Filters combine; from/to apply to date. townshipCode "
            + "lists that township's entries; countyWide=true only county-wide ones, false only township ones. A township "
            + "officer sees its own township's and the county-wide entries.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DutyLawyerServicePage")))
    public Page<DutyLawyerView> list(
            @BeanParam PageParams paging,
            @QueryParam("sort") @Parameter(description = "field[,asc|desc]; fields: date (default, desc), count, place, "
                    + "kind, createdAt, updatedAt", example = "date,desc") String sort,
            @QueryParam("townshipCode") @Parameter(example = "519901101") String townshipCode,
            @QueryParam("countyWide") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String countyWide,
            @QueryParam("place") @Parameter(schema = @Schema(implementation = DutyLawyerPlace.class)) String place,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = DutyLawyerKind.class)) String kind,
            @QueryParam("from") @Parameter(description = "date ≥ from", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "date ≤ to", schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        var dates = QueryParams.optionalRange(from, to);
        String township = orgs.townshipFilter("townshipCode", townshipCode);
        DutyLawyerServices.Filter filter = new DutyLawyerServices.Filter(township,
                QueryParams.bool(countyWide, "countyWide"),
                QueryParams.enumOf(DutyLawyerPlace.class, place, "place"),
                QueryParams.enumOf(DutyLawyerKind.class, kind, "kind"), dates.from(), dates.to());
        PageRequest pr = paging.request(sort, DutyLawyerServices.SORTABLE, true);
        return service.list(caller.get(), filter, pr);
    }
}
