package cn.justice.publicity.sms;

import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP API of SMS campaigns (普法短信); rules live in {@link SmsService}. */
@Path("/api/v1/publicity/sms-campaigns")
@Tag(name = "SMS campaigns", description = "普法短信")
public class SmsResource extends RecordResource<SmsService, SmsView, SmsCreate, SmsUpdate> {
    public static final RecordApi<SmsService, SmsView> API = RecordApi.of(SmsResource.class)
            .create("Record an SMS campaign (普法短信)", """
                    County-wide when townshipCode is absent (county-admin and \
                    integration only; a township officer gets 403, as for another township). Emits \
                    publicity.sms-campaign.recorded. A client-supplied id created again with the same body returns the \
                    existing record (200), with another body 409.""",
                    "Recorded", "The same id was recorded before with the same body")
            .get("Get one SMS campaign", """
                    ETag carries the version. A township officer reads its township's and the \
                    county-wide campaigns (another township's: 404).""", "The campaign")
            .update("Correct an SMS campaign", """
                    sentOn, messagesSent, theme (never the township). Send the version as \
                    If-Match (stale: 412) or as version in the body (stale: 409). A change emits \
                    publicity.sms-campaign.updated; an unchanged body changes nothing. A township officer may not \
                    change a county-wide campaign (403).""", "The campaign after the change")
            .list("List SMS campaigns", """
                    Filters combine; from/to apply to sentOn. townshipCode lists that \
                    township's campaigns; countyWide=true only county-wide ones, false only township ones. A township \
                    officer sees its own township's and the county-wide campaigns.""", SmsService.SORTABLE,
                    RecordApi.DESCENDING, SmsService.Filter::of, SmsService::list)
            .changes("Sync feed of SMS campaigns for mobile clients",
                    "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.");

    @Inject
    public SmsResource(SmsService campaigns) {
        super(API, campaigns);
    }
}
