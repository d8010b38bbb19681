package cn.justice.legalaid.notarization;

import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP API of notarizations (公证); rules live in {@link NotarizationService}. */
@Path("/api/v1/legal-aid/notarizations")
@Tag(name = "Notarizations", description = "公证")
public class NotarizationResource extends RecordResource<NotarizationService, NotarizationView, NotarizationCreate, NotarizationUpdate> {
    public static final RecordApi<NotarizationService, NotarizationView> API = RecordApi.of(NotarizationResource.class)
            .create("Record notarial acts (公证) of a day and kind", """
                    County-wide when townshipCode is absent (county-admin \
                    and integration only; a township officer gets 403, as for another township). Emits \
                    legal-aid.notarization.recorded. A client-supplied id created again with the same body returns the \
                    existing record (200), with another body 409.""",
                    "Recorded", "The same id was recorded before with the same body")
            .get("Get one notarization entry", """
                    ETag carries the version. A township officer reads its township's and the \
                    county-wide entries (another township's: 404).""", "The entry")
            .update("Correct a notarization entry", """
                    date, kind, count; never the township. Send the version as If-Match \
                    (stale: 412) or as version in the body (stale: 409). A change emits legal-aid.notarization.updated; \
                    an unchanged body changes nothing. A township officer may not change a county-wide entry (403).""",
                    "The entry after the change")
            .list("List notarization entries", """
                    Filters combine; from/to apply to date. townshipCode lists that \
                    township's entries; countyWide=true only county-wide ones, false only township ones. A township \
                    officer sees its own township's and the county-wide entries.""", NotarizationService.SORTABLE,
                    RecordApi.DESCENDING, NotarizationService.Filter::of, NotarizationService::list)
            .changes("Sync feed of notarizations for mobile clients", """
                    Every create/update after the cursor, in order, \
                    each with its version (for a township officer: its township's and the county-wide entries). Pass \
                    nextCursor as since.""");

    @Inject
    public NotarizationResource(NotarizationService notarizations) {
        super(API, notarizations);
    }
}
