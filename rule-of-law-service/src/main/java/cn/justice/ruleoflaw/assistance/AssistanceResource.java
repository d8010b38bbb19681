package cn.justice.ruleoflaw.assistance;

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

/** HTTP API of assistance villages (帮扶村); rules live in {@link AssistanceService}. */
@Path("/api/v1/rule-of-law/assistance-villages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assistance villages", description = "帮扶村")
public class AssistanceResource extends RecordResource<AssistanceService, AssistanceView, AssistanceCreate, AssistanceUpdate> {
    public static final RecordApi<AssistanceService, AssistanceView> API = RecordApi.of(AssistanceResource.class)
            .create("Record a village's assistance in a year (帮扶村)", "The township follows from villageCode (unknown: "
                    + "400); a township officer only in its own township (else 403). funds in 万元 (two decimals at most). "
                    + "Emits rule-of-law.assistance-village.recorded. A client-supplied id created again with the same "
                    + "body returns the existing record (200), with another body 409.",
                    "Recorded", "The same id was recorded before with the same body")
            .get("Get one assistance village", "ETag carries the version.", "The assistance")
            .update("Correct a village's assistance", "year, cadres, funds (never the village). Send the version as "
                    + "If-Match (stale: 412) or as version in the body (stale: 409). A change emits "
                    + "rule-of-law.assistance-village.updated; an unchanged body changes nothing.",
                    "The assistance after the change")
            .changes("Sync feed of assistance villages",
                    "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.");

    @Inject
    OrgDirectory orgs;

    @Inject
    public AssistanceResource(AssistanceService assistance) {
        super(API, assistance);
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List assistance villages", description = "Filters combine. A township officer only sees its own "
            + "township.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AssistanceVillagePage")))
    public Page<AssistanceView> list(
            @BeanParam PageParams paging,
            @QueryParam("sort") @Parameter(description = "field[,asc|desc]; fields: year (default, desc), villageCode, funds, "
                    + "createdAt, updatedAt", example = "year,desc") String sort,
            @QueryParam("townshipCode") @Parameter(example = "519901101") String townshipCode,
            @QueryParam("villageCode") @Parameter(example = "519901101201") String villageCode,
            @QueryParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String year) {
        AssistanceService.Filter filter = new AssistanceService.Filter(orgs.townshipFilter("townshipCode", townshipCode),
                QueryParams.text(villageCode), QueryParams.integer(year, "year"));
        PageRequest pr = paging.request(sort, AssistanceService.SORTABLE, true);
        return service.list(caller.get(), filter, pr);
    }
}
