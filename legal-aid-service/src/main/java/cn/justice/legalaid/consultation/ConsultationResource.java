package cn.justice.legalaid.consultation;

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

/** HTTP API of legal consultations (法律咨询); rules live in {@link ConsultationService}. */
@Path("/api/v1/legal-aid/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consultations", description = "法律咨询")
public class ConsultationResource extends RecordResource<ConsultationService, ConsultationView, ConsultationCreate, ConsultationUpdate> {
    public static final RecordApi<ConsultationService, ConsultationView> API = RecordApi.of(ConsultationResource.class)
            .create("Record consultations (法律咨询), one or a batch (count)", "Emits legal-aid.consultation.recorded. A "
                    + "client-supplied id created again with the same body returns the existing record (200), with another "
                    + "body 409. A township officer only in its own township (else 403).",
                    "Recorded", "The same id was recorded before with the same body")
            .get("Get one consultation entry", "ETag carries the version.", "The entry")
            .update("Correct a consultation entry", "date, channel, villageCode, topic, count; never the township. Send "
                    + "the version as If-Match (stale: 412) or as version in the body (stale: 409). A change emits "
                    + "legal-aid.consultation.updated; an unchanged body changes nothing.", "The entry after the change")
            .changes("Sync feed of consultations for mobile clients",
                    "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.");

    @Inject
    OrgDirectory orgs;

    @Inject
    public ConsultationResource(ConsultationService consultations) {
        super(API, consultations);
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List consultation entries", description = "Filters combine; from/to apply to date. A township "
            + "officer only sees its own township.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ConsultationPage")))
    public Page<ConsultationView> list(
            @BeanParam PageParams paging,
            @QueryParam("sort") @Parameter(description = "field[,asc|desc]; fields: date (default, desc), count, channel, "
                    + "createdAt, updatedAt", example = "date,desc") String sort,
            @QueryParam("townshipCode") @Parameter(example = "519901101") String townshipCode,
            @QueryParam("villageCode") @Parameter(example = "519901101201") String villageCode,
            @QueryParam("channel") @Parameter(schema = @Schema(implementation = ConsultationChannel.class)) String channel,
            @QueryParam("from") @Parameter(description = "date ≥ from", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "date ≤ to", schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        var dates = QueryParams.optionalRange(from, to);
        String township = orgs.townshipFilter("townshipCode", townshipCode);
        ConsultationService.Filter filter = new ConsultationService.Filter(township,
                villageCode == null || villageCode.isBlank() ? null : villageCode.trim(),
                QueryParams.enumOf(ConsultationChannel.class, channel, "channel"), dates.from(), dates.to());
        PageRequest pr = paging.request(sort, ConsultationService.SORTABLE, true);
        return service.list(caller.get(), filter, pr);
    }
}
