package cn.justice.legalaid.dutylawyer;

import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP API of duty lawyer services (值班律师, 法律援助法第30条); rules live in {@link DutyLawyerServices}. */
@Path("/api/v1/legal-aid/duty-lawyer-services")
@Tag(name = "Duty lawyer services", description = "值班律师 (法律援助法第30条)")
public class DutyLawyerResource extends RecordResource<DutyLawyerServices, DutyLawyerView, DutyLawyerCreate, DutyLawyerUpdate> {
    public static final RecordApi<DutyLawyerServices, DutyLawyerView> API = RecordApi.of(DutyLawyerResource.class)
            .create("Record duty lawyer services (值班律师) of a day, place and kind", """
                    County-wide when townshipCode is \
                    absent (county-admin and integration only; a township officer gets 403, as for another township). \
                    Emits legal-aid.duty-lawyer-service.recorded. A client-supplied id created again with the same body \
                    returns the existing record (200), with another body 409.""",
                    "Recorded", "The same id was recorded before with the same body")
            .get("Get one duty lawyer entry", """
                    ETag carries the version. A township officer reads its township's and the \
                    county-wide entries (another township's: 404).""", "The entry")
            .update("Correct a duty lawyer entry", """
                    date, place, kind, count; never the township. Send the version as \
                    If-Match (stale: 412) or as version in the body (stale: 409). A change emits \
                    legal-aid.duty-lawyer-service.updated; an unchanged body changes nothing. A township officer may \
                    not change a county-wide entry (403).""", "The entry after the change")
            .list("List duty lawyer entries", """
                    Filters combine; from/to apply to date. townshipCode lists that \
                    township's entries; countyWide=true only county-wide ones, false only township ones. A township \
                    officer sees its own township's and the county-wide entries.""", DutyLawyerServices.SORTABLE,
                    RecordApi.DESCENDING, DutyLawyerServices.Filter::of, DutyLawyerServices::list)
            .changes("Sync feed of duty lawyer entries for mobile clients", """
                    Every create/update after the cursor, in \
                    order, each with its version (for a township officer: its township's and the county-wide \
                    entries). Pass nextCursor as since.""");

    @Inject
    public DutyLawyerResource(DutyLawyerServices services) {
        super(API, services);
    }
}
