package cn.justice.ruleoflaw.selection;

import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP API of assessor selections (人民陪审员/人民监督员 选任); rules live in {@link SelectionService}. */
@Path("/api/v1/rule-of-law/assessor-selections")
@Tag(name = "Assessor selections", description = "人民陪审员/人民监督员 选任")
public class SelectionResource extends RecordResource<SelectionService, SelectionView, SelectionCreate, SelectionUpdate> {
    public static final RecordApi<SelectionService, SelectionView> API = RecordApi.of(SelectionResource.class)
            .create("Record a selection of jurors or supervisors (选任)", """
                    A county record: county-admin and integration \
                    only (a township officer: 403). selected ≤ candidates, year 2000 … the current year (400). Emits \
                    rule-of-law.assessor-selection.recorded. A client-supplied id created again with the same body \
                    returns the existing record (200), with another body 409.""",
                    "Recorded", "The same id was recorded before with the same body")
            .get("Get one assessor selection", "ETag carries the version. Every role of the county reads it.", "The selection")
            .update("Correct an assessor selection", """
                    kind, year, candidates, selected. Send the version as If-Match \
                    (stale: 412) or as version in the body (stale: 409). A change emits \
                    rule-of-law.assessor-selection.updated; an unchanged body changes nothing. A township officer: 403.""",
                    "The selection after the change")
            .list("List assessor selections", "Filters combine.",
                    SelectionService.SORTABLE, RecordApi.DESCENDING, SelectionService.Filter::of, SelectionService::list)
            .changes("Sync feed of assessor selections",
                    "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.");

    @Inject
    public SelectionResource(SelectionService selections) {
        super(API, selections);
    }
}
