package cn.justice.ruleoflaw.inspection;

import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP API of enforcement supervision inspections (执法监督检查); rules live in {@link InspectionService}. */
@Path("/api/v1/rule-of-law/enforcement-inspections")
@Tag(name = "Enforcement inspections", description = "执法监督检查")
public class InspectionResource extends RecordResource<InspectionService, InspectionView, InspectionCreate, InspectionUpdate> {
    public static final RecordApi<InspectionService, InspectionView> API = RecordApi.of(InspectionResource.class)
            .create("Record an enforcement inspection (执法监督检查)", """
                    rectified ≤ findings (400). Of a county agency when \
                    townshipCode is absent (county-admin and integration only; a township officer gets 403, as for \
                    another township). Emits rule-of-law.enforcement-inspection.recorded. A client-supplied id created \
                    again with the same body returns the existing record (200), with another body 409.""",
                    "Recorded", "The same id was recorded before with the same body")
            .get("Get one enforcement inspection", """
                    ETag carries the version. A township officer reads its township's and \
                    the county agencies' inspections (another township's: 404).""", "The inspection")
            .update("Correct an enforcement inspection", """
                    agency, inspectedOn, findings, rectified (never the township). \
                    Send the version as If-Match (stale: 412) or as version in the body (stale: 409). A change emits \
                    rule-of-law.enforcement-inspection.updated; an unchanged body changes nothing. A township officer \
                    may not change a county agency's inspection (403).""", "The inspection after the change")
            .list("List enforcement inspections", """
                    Filters combine; from/to apply to inspectedOn. A township officer \
                    sees its own township's and the county agencies' inspections.""",
                    InspectionService.SORTABLE, RecordApi.DESCENDING, InspectionService.Filter::of, InspectionService::list)
            .changes("Sync feed of enforcement inspections",
                    "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.");

    @Inject
    public InspectionResource(InspectionService inspections) {
        super(API, inspections);
    }
}
