package cn.justice.mediation.committee;

import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import cn.justice.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * HTTP API of the committee register (调委会); rules live in {@link CommitteeService} and the plain rule classes.
 */
@Path("/api/v1/mediation/committees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Committees", description = "人民调解委员会 (调委会)")
public class CommitteeResource extends RecordResource<CommitteeService, CommitteeView, CommitteeCreate, CommitteeUpdate> {
    public static final RecordApi<CommitteeService, CommitteeView> API = RecordApi.of(CommitteeResource.class)
            .create("Register a mediation committee (调委会登记)", """
                    Writes the committee (ACTIVE, not standardized) and \
                    its mediation.committee.registered event in one transaction. A client-supplied id created again \
                    with the same body returns the existing record (200). A township officer may only register \
                    committees of its own township (else 403).""", "Registered",
                    "The same id was registered before with the same body")
            .get("Get one committee", "ETag carries the version.", "The committee")
            .update("Correct a committee's editable fields", """
                    name, type, villageCode, establishedOn, filedOn, \
                    memberCount; never status or the assessment (actions do). Send the version as If-Match (stale: \
                    412) or as version in the body (stale: 409). A change emits mediation.committee.updated; an \
                    unchanged body changes nothing.""", "The committee after the change")
            .list("List committees", """
                    Filters combine; from/to apply to establishedOn. A township officer only sees \
                    its own township.""", CommitteeService.SORTABLE, RecordApi.DESCENDING, CommitteeFilter::of,
                    CommitteeService::list)
            .changes("Sync feed of committees for mobile clients",
                    "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.")
            .actionIfMatch(RecordApi.IF_MATCH_VERSION)
            .action("assess", CommitteeActions.Assess.class, CommitteeService::assess, "Record a 规范化 assessment (ACTIVE committees)",
                    """
                            Replaces the latest assessment; standardized = every criterion met (missing ones are unmet, unknown \
                            codes a 400). Not before establishedOn or the previous assessment. Emits mediation.committee.assessed.""",
                    "The committee with the assessment", RecordApi.WRITERS)
            .action("dissolve", CommitteeActions.Dissolve.class, CommitteeService::dissolve, "Dissolve (撤销) a committee: ACTIVE → DISSOLVED",
                    """
                            dissolvedOn not before establishedOn or the latest assessment, not in the future. The committee appoints \
                            nobody afterwards; its mediators keep their state until retired. Emits mediation.committee.dissolved.""",
                    "The committee, DISSOLVED", RecordApi.WRITERS);

    @Inject
    public CommitteeResource(CommitteeService committees) {
        super(API, committees);
    }

    @GET
    @Path("standardization-criteria")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "The 规范化 (standardisation) checklist",
            description = "The criteria an assessment rates; their codes are the keys of the assess body's criteria.")
    @APIResponse(responseCode = "200", description = "The criteria, in checklist order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = StandardizationCriteria.Criterion.class)))
    public List<StandardizationCriteria.Criterion> standardizationCriteria() {
        return service.criteria();
    }
}
