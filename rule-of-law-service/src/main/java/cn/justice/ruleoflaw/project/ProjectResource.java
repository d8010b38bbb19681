package cn.justice.ruleoflaw.project;

import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP API of construction projects (建设项目); rules live in {@link ProjectService}. */
@Path("/api/v1/rule-of-law/projects")
@Tag(name = "Projects", description = "建设项目 (指挥中心, 司法所, 视频会议, 公共法律服务中心)")
public class ProjectResource extends RecordResource<ProjectService, ProjectView, ProjectCreate, ProjectUpdate> {
    public static final RecordApi<ProjectService, ProjectView> API = RecordApi.of(ProjectResource.class)
            .create("Record a construction project (建设项目)", """
                    investment in 万元 (two decimals at most). County-wide when \
                    townshipCode is absent (county-admin and integration only; a township officer gets 403, as for \
                    another township). Emits rule-of-law.project.recorded. A client-supplied id created again with the \
                    same body returns the existing record (200), with another body 409.""",
                    "Recorded", "The same id was recorded before with the same body")
            .get("Get one project", """
                    ETag carries the version. A township officer reads its township's and the \
                    county-wide projects (another township's: 404).""", "The project")
            .update("Correct a project or record its completion", """
                    kind, name, investment, completedOn (never the \
                    township). Send the version as If-Match (stale: 412) or as version in the body (stale: 409). A \
                    change emits rule-of-law.project.updated; an unchanged body changes nothing. A township officer \
                    may not change a county-wide project (403).""", "The project after the change")
            .list("List projects", """
                    Filters combine; from/to apply to completedOn (projects under way have none and \
                    are left out by a range). A township officer sees its own township's and the county-wide projects.""",
                    ProjectService.SORTABLE, RecordApi.DESCENDING, ProjectService.Filter::of, ProjectService::list)
            .changes("Sync feed of projects",
                    "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.");

    @Inject
    public ProjectResource(ProjectService projects) {
        super(API, projects);
    }
}
