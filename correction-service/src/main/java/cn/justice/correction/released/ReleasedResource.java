package cn.justice.correction.released;

import cn.justice.correction.CorrectionOpenApi;
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

/** Released persons (刑满释放人员, 安置帮教): registration, audited reads, edits, connect/place/assist/close and the list. */
@Path("/api/v1/correction/released-persons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Released persons", description = "刑满释放人员 (安置帮教)")
public class ReleasedResource extends RecordResource<ReleasedService, ReleasedView, ReleasedCreate, ReleasedUpdate> {
    public static final RecordApi<ReleasedService, ReleasedView> API = RecordApi.of(ReleasedResource.class)
            .personalData(CorrectionOpenApi.PURPOSE).actionIfMatch(RecordApi.IF_MATCH_VERSION)
            .create("Register a released person (刑满释放人员登记)",
                    "Writes the record (REGISTERED) and its correction.released-person.registered event in one "
                    + "transaction. Name and ID number are stored encrypted. A client-supplied id created again with the "
                    + "same body returns the existing record (200).",
                    "Registered", "The same id was registered before with the same body")
            .get("Get one released person (audited)",
                    "ETag carries the version. Name and ID number are masked and the birth date withheld; a "
                    + "county-admin may ask unmask=true (anyone else: 403). Every read is written to the audit log "
                    + "(READ, or UNMASK) with the X-Purpose header.", "The released person")
            .update("Edit the editable fields of a released person", "Never changes status (actions do). Send the "
                    + "version as If-Match (stale: 412) or as version in the body (stale: 409).",
                    "The released person after the change")
            .changes("Sync feed of released persons for mobile clients", "Every create/update after the cursor, "
                    + "in order, each with its version (masked as in lists). Pass nextCursor as since.")
            .action("connect", ReleasedActions.Connect.class, ReleasedService::connect,
                    "衔接: taken over from the releasing institution", "The person, CONNECTED")
            .action("place", ReleasedActions.Place.class, ReleasedService::place,
                    "安置: placement (employment, farming, support…)", "The person, PLACED")
            .action("assist", ReleasedActions.Assist.class, ReleasedService::assist,
                    "帮教: record an assistance visit (kept as a list)", "The person with the visit")
            .action("close", ReleasedActions.Close.class, ReleasedService::close,
                    "End 安置帮教 (帮教期满 or other reason)", "The person, CLOSED");

    @Inject
    public ReleasedResource(ReleasedService persons) {
        super(API, persons);
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List released persons",
            description = "Filters combine; from/to apply to releasedOn. Names and ID numbers are masked. "
                    + "A township officer only sees its own township.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReleasedPersonPage")))
    public Page<ReleasedView> list(
            @BeanParam PageParams paging,
            @QueryParam("sort") @Parameter(description = "field[,asc|desc]; fields: releasedOn, createdAt, updatedAt, status, connectedOn, placedOn, closedOn", example = "releasedOn,desc") String sort,
            @QueryParam("townshipCode") @Parameter(example = "519901101") String townshipCode,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ReleasedStatus.class)) String status,
            @QueryParam("placement") @Parameter(schema = @Schema(implementation = Placement.class)) String placement,
            @QueryParam("from") @Parameter(description = "releasedOn ≥ from", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "releasedOn ≤ to", schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @QueryParam("minor") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String minor,
            @QueryParam("idNumber") @Parameter(description = "Exact resident ID number (matched by keyed hash)") String idNumber) {
        var dates = QueryParams.optionalRange(from, to);
        ReleasedFilter filter = new ReleasedFilter(townshipCode,
                QueryParams.enumOf(ReleasedStatus.class, status, "status"),
                QueryParams.enumOf(Placement.class, placement, "placement"),
                dates.from(), dates.to(), QueryParams.bool(minor, "minor"),
                idNumber == null || idNumber.isBlank() ? null : idNumber.trim());
        PageRequest pr = paging.request(sort, ReleasedService.SORTABLE, true);
        return service.list(caller.get(), filter, pr);
    }
}
