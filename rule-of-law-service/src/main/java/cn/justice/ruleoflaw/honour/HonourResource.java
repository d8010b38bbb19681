package cn.justice.ruleoflaw.honour;

import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP API of honours (荣誉); rules live in {@link HonourService}. */
@Path("/api/v1/rule-of-law/honours")
@Tag(name = "Honours", description = "荣誉")
public class HonourResource extends RecordResource<HonourService, HonourView, HonourCreate, HonourUpdate> {
    public static final RecordApi<HonourService, HonourView> API = RecordApi.of(HonourResource.class)
            .create("Record an honour (荣誉)", """
                    A county record: county-admin and integration only (a township officer: \
                    403). year 2000 … the current year (400). Emits rule-of-law.honour.recorded. A client-supplied id created again with the same body \
                    returns the existing record (200), with another body 409.""",
                    "Recorded", "The same id was recorded before with the same body")
            .get("Get one honour", "ETag carries the version. Every role of the county reads it.", "The honour")
            .update("Correct an honour", """
                    level, year, title, awardee. Send the version as If-Match (stale: 412) or as \
                    version in the body (stale: 409). A change emits rule-of-law.honour.updated; an unchanged body \
                    changes nothing. A township officer: 403.""", "The honour after the change")
            .list("List honours", "Filters combine.",
                    HonourService.SORTABLE, RecordApi.DESCENDING, HonourService.Filter::of, HonourService::list)
            .changes("Sync feed of honours",
                    "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.");

    @Inject
    public HonourResource(HonourService honours) {
        super(API, honours);
    }
}
