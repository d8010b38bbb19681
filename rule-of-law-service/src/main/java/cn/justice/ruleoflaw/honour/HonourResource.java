package cn.justice.ruleoflaw.honour;

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

/** HTTP API of honours (荣誉); rules live in {@link HonourService}. */
@Path("/api/v1/rule-of-law/honours")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Honours", description = "荣誉")
public class HonourResource extends RecordResource<HonourService, HonourView, HonourCreate, HonourUpdate> {
    public static final RecordApi<HonourService, HonourView> API = RecordApi.of(HonourResource.class)
            .create("Record an honour (荣誉)", "A county record: county-admin and integration only (a township officer: "
                    + "403). year 2000 … the current year (400). Emits rule-of-law.honour.recorded. A client-supplied id created again with the same body "
                    + "returns the existing record (200), with another body 409.",
                    "Recorded", "The same id was recorded before with the same body")
            .get("Get one honour", "ETag carries the version. Every role of the county reads it.", "The honour")
            .update("Correct an honour", "level, year, title, awardee. Send the version as If-Match (stale: 412) or as "
                    + "version in the body (stale: 409). A change emits rule-of-law.honour.updated; an unchanged body "
                    + "changes nothing. A township officer: 403.", "The honour after the change")
            .changes("Sync feed of honours",
                    "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.");

    @Inject
    public HonourResource(HonourService honours) {
        super(API, honours);
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List honours", description = "Filters combine.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "HonourPage")))
    public Page<HonourView> list(
            @BeanParam PageParams paging,
            @QueryParam("sort") @Parameter(description = "field[,asc|desc]; fields: year (default, desc), level, title, "
                    + "createdAt, updatedAt", example = "year,desc") String sort,
            @QueryParam("level") @Parameter(schema = @Schema(implementation = HonourLevel.class)) String level,
            @QueryParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String year) {
        HonourService.Filter filter = new HonourService.Filter(QueryParams.enumOf(HonourLevel.class, level, "level"),
                QueryParams.integer(year, "year"));
        PageRequest pr = paging.request(sort, HonourService.SORTABLE, true);
        return service.list(caller.get(), filter, pr);
    }
}
