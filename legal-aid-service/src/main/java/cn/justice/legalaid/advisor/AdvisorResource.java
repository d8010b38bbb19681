package cn.justice.legalaid.advisor;

import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import cn.justice.platform.security.Roles;
import cn.justice.platform.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

/** HTTP API of village legal advisors (村居法律顾问); rules live in {@link AdvisorService}. */
@Path("/api/v1/legal-aid/village-advisors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Village advisors", description = "村居法律顾问: coverage = villages with an advisor / all villages")
public class AdvisorResource extends RecordResource<AdvisorService, AdvisorView, AdvisorCreate, AdvisorUpdate> {
    public static final RecordApi<AdvisorService, AdvisorView> API = RecordApi.of(AdvisorResource.class)
            .actionIfMatch(RecordApi.IF_MATCH_VERSION)
            .create("Appoint a village legal advisor (聘任村居法律顾问) for a period", """
                    The village's township follows from \
                    its code (unknown village: 400). The period covers from to to inclusive (to may be absent or a \
                    planned end). Emits legal-aid.village-advisor.appointed. A client-supplied id created again with the \
                    same body returns the existing record (200), with another body 409. A township officer only in its \
                    own township (else 403).""", "Appointed", "The same id was created before with the same body")
            .get("Get one advisor period", "ETag carries the version.", "The advisor period")
            .update("Correct an advisor period", """
                    advisorName, firm, from, to (required once ENDED); never the village. \
                    Send the version as If-Match (stale: 412) or as version in the body (stale: 409). A change emits \
                    legal-aid.village-advisor.updated; an unchanged body changes nothing.""",
                    "The advisor period after the change")
            .list("List advisor periods", """
                    Filters combine; from/to apply to the period's first day (from); activeOn \
                    keeps periods covering that day. A township officer only sees its own township.""",
                    AdvisorService.SORTABLE, RecordApi.DESCENDING, AdvisorService.Filter::of, AdvisorService::list)
            .changes("Sync feed of advisor periods for mobile clients",
                    "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.")
            .action("end", AdvisorEnd.class, AdvisorService::end, "End an advisor's period (解聘/期满): ACTIVE → ENDED",
                    "to (the last day served, inclusive) defaults to today. Emits legal-aid.village-advisor.ended.",
                    "The advisor period, ENDED", RecordApi.WRITERS);

    @Inject
    public AdvisorResource(AdvisorService advisors) {
        super(API, advisors);
    }

    @GET
    @Path("coverage")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Coverage of village legal advisors (村居法律顾问覆盖率) on a day",
            description = """
                    Villages and communities of the org directory under orgCode (county or township; default: the \
                    caller's) with an advisor period covering the day (default today), and those without. A township \
                    officer may only ask for its own township (else 403).""")
    @APIResponse(responseCode = "200", description = "The coverage",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdvisorCoverage.class)))
    public AdvisorCoverage coverage(
            @QueryParam("orgCode") @Parameter(example = "519901") String orgCode,
            @QueryParam("on") @Parameter(description = "Defaults to today", schema = @Schema(type = SchemaType.STRING, format = "date")) String on) {
        return service.coverage(caller.get(), QueryParams.text(orgCode),
                QueryParams.date(on, "on"));
    }
}
