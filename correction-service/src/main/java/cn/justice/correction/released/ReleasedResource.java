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

/**
 * Released persons (刑满释放人员, 安置帮教): registration, audited reads, edits, connect/place/assist/reoffend/close and
 * the list with the flags of DESIGN §10.1 (supportPeriodEnding, connectionLate).
 */
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
            .action("reoffend", ReleasedActions.Reoffend.class, ReleasedService::reoffend,
                    "重新犯罪: record the re-offence of a released person",
                    "From REGISTERED, CONNECTED or PLACED (409 otherwise); the state stays and reoffendedOn is set. "
                    + "Recorded once: a second reoffend is 409 (rule reoffence-recorded). Closing the record as "
                    + "REIMPRISONED is a separate close.", "The person with reoffendedOn", RecordApi.WRITERS)
            .action("close", ReleasedActions.Close.class, ReleasedService::close,
                    "End 安置帮教 (帮教期满 or other reason)",
                    "From REGISTERED, CONNECTED or PLACED (409 with currentStatus otherwise; DESIGN §10.1). Reason "
                    + "PERIOD_ENDED only on or after supportPeriodEndsOn (releasedOn + 5 years, 安置帮教意见(2010) "
                    + "帮教期五年): before it, 422 rule-violated (rule support-period).", "The person, CLOSED",
                    RecordApi.WRITERS);

    @Inject
    public ReleasedResource(ReleasedService persons) {
        super(API, persons);
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List released persons",
            description = "Filters combine; from/to apply to releasedOn; supportPeriodEnding and connectionLate are "
                    + "the records' flags as of today. Names and ID numbers are masked. A township officer only sees "
                    + "its own township.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReleasedPersonPage")))
    public Page<ReleasedView> list(
            @BeanParam PageParams paging,
            @QueryParam("sort") @Parameter(description = "field[,asc|desc]; fields: releasedOn, createdAt, updatedAt, status, connectedOn, placedOn, closedOn, supportPeriodEndsOn", example = "releasedOn,desc") String sort,
            @QueryParam("townshipCode") @Parameter(example = "519901101") String townshipCode,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ReleasedStatus.class)) String status,
            @QueryParam("placement") @Parameter(schema = @Schema(implementation = Placement.class)) String placement,
            @QueryParam("from") @Parameter(description = "releasedOn ≥ from", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "releasedOn ≤ to", schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @QueryParam("minor") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String minor,
            @QueryParam("idNumber") @Parameter(description = "Exact resident ID number (matched by keyed hash)") String idNumber,
            @QueryParam("keyPerson") @Parameter(description = "重点帮教对象", schema = @Schema(type = SchemaType.BOOLEAN)) String keyPerson,
            @QueryParam("supportPeriodEnding") @Parameter(description = "Open and the 帮教期 ends within the warning "
                    + "window (default 30 days) or has ended", schema = @Schema(type = SchemaType.BOOLEAN)) String supportPeriodEnding,
            @QueryParam("connectionLate") @Parameter(description = "A key person not connected by releasedOn (必接必送)",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String connectionLate) {
        var dates = QueryParams.optionalRange(from, to);
        ReleasedFilter filter = new ReleasedFilter(townshipCode,
                QueryParams.enumOf(ReleasedStatus.class, status, "status"),
                QueryParams.enumOf(Placement.class, placement, "placement"),
                dates.from(), dates.to(), QueryParams.bool(minor, "minor"),
                idNumber == null || idNumber.isBlank() ? null : idNumber.trim(),
                QueryParams.bool(keyPerson, "keyPerson"), QueryParams.bool(supportPeriodEnding, "supportPeriodEnding"),
                QueryParams.bool(connectionLate, "connectionLate"));
        PageRequest pr = paging.request(sort, ReleasedService.SORTABLE, true);
        return service.list(caller.get(), filter, pr);
    }
}
