package cn.justice.ruleoflaw.assistance;

import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP API of assistance villages (帮扶村); rules live in {@link AssistanceService}. */
@Path("/api/v1/rule-of-law/assistance-villages")
@Tag(name = "Assistance villages", description = "帮扶村")
public class AssistanceResource extends RecordResource<AssistanceService, AssistanceView, AssistanceCreate, AssistanceUpdate> {
    public static final RecordApi<AssistanceService, AssistanceView> API = RecordApi.of(AssistanceResource.class)
            .create("Record a village's assistance in a year (帮扶村)", """
                    The township follows from villageCode (unknown: \
                    400); a township officer only in its own township (else 403). funds in 万元 (two decimals at most). \
                    Emits rule-of-law.assistance-village.recorded. A client-supplied id created again with the same \
                    body returns the existing record (200), with another body 409.""",
                    "Recorded", "The same id was recorded before with the same body")
            .get("Get one assistance village", "ETag carries the version.", "The assistance")
            .update("Correct a village's assistance", """
                    year, cadres, funds (never the village). Send the version as \
                    If-Match (stale: 412) or as version in the body (stale: 409). A change emits \
                    rule-of-law.assistance-village.updated; an unchanged body changes nothing.""",
                    "The assistance after the change")
            .list("List assistance villages", "Filters combine. A township officer only sees its own township.",
                    AssistanceService.SORTABLE, RecordApi.DESCENDING, AssistanceService.Filter::of, AssistanceService::list)
            .changes("Sync feed of assistance villages",
                    "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.");

    @Inject
    public AssistanceResource(AssistanceService assistance) {
        super(API, assistance);
    }
}
