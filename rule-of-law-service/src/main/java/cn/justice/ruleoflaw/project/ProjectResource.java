package cn.justice.ruleoflaw.project;

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

/** HTTP API of construction projects (建设项目); rules live in {@link ProjectService}. */
@Path("/api/v1/rule-of-law/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "建设项目 (指挥中心, 司法所, 视频会议, 公共法律服务中心)")
public class ProjectResource extends RecordResource<ProjectService, ProjectView, ProjectCreate, ProjectUpdate> {
    public static final RecordApi<ProjectService, ProjectView> API = RecordApi.of(ProjectResource.class)
            .create("Record a construction project (建设项目)", "investment in 万元 (two decimals at most). County-wide when "
                    + "townshipCode is absent (county-admin and integration only; a township officer gets 403, as for "
                    + "another township). Emits rule-of-law.project.recorded. A client-supplied id created again with the "
                    + "same body returns the existing record (200), with another body 409.",
                    "Recorded", "The same id was recorded before with the same body")
            .get("Get one project", "ETag carries the version. A township officer reads its township's and the "
                    + "county-wide projects (another township's: 404).", "The project")
            .update("Correct a project or record its completion", "kind, name, investment, completedOn (never the "
                    + "township). Send the version as If-Match (stale: 412) or as version in the body (stale: 409). A "
                    + "change emits rule-of-law.project.updated; an unchanged body changes nothing. A township officer "
                    + "may not change a county-wide project (403).", "The project after the change")
            .changes("Sync feed of projects",
                    "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.");

    @Inject
    OrgDirectory orgs;

    @Inject
    public ProjectResource(ProjectService projects) {
        super(API, projects);
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List projects", description = "Filters combine; from/to apply to completedOn (projects under way "
            + "have none and are left out by a range). A township officer sees its own township's and the county-wide "
            + "projects.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProjectPage")))
    public Page<ProjectView> list(
            @BeanParam PageParams paging,
            @QueryParam("sort") @Parameter(description = "field[,asc|desc]; fields: createdAt (default, desc), completedOn, "
                    + "investment, kind, updatedAt", example = "createdAt,desc") String sort,
            @QueryParam("townshipCode") @Parameter(example = "519901101") String townshipCode,
            @QueryParam("countyWide") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String countyWide,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = ProjectKind.class)) String kind,
            @QueryParam("from") @Parameter(description = "completedOn ≥ from", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "completedOn ≤ to", schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        var dates = QueryParams.optionalRange(from, to);
        ProjectService.Filter filter = new ProjectService.Filter(orgs.townshipFilter("townshipCode", townshipCode),
                QueryParams.bool(countyWide, "countyWide"), QueryParams.enumOf(ProjectKind.class, kind, "kind"),
                dates.from(), dates.to());
        PageRequest pr = paging.request(sort, ProjectService.SORTABLE, true);
        return service.list(caller.get(), filter, pr);
    }
}
