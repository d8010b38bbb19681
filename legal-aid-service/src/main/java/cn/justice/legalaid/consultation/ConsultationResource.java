package cn.justice.legalaid.consultation;

import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP API of legal consultations (法律咨询); rules live in {@link ConsultationService}. */
@Path("/api/v1/legal-aid/consultations")
@Tag(name = "Consultations", description = "法律咨询")
public class ConsultationResource extends RecordResource<ConsultationService, ConsultationView, ConsultationCreate, ConsultationUpdate> {
    public static final RecordApi<ConsultationService, ConsultationView> API = RecordApi.of(ConsultationResource.class)
            .create("Record consultations (法律咨询), one or a batch (count)", """
                    Emits legal-aid.consultation.recorded. A \
                    client-supplied id created again with the same body returns the existing record (200), with another \
                    body 409. A township officer only in its own township (else 403).""",
                    "Recorded", "The same id was recorded before with the same body")
            .get("Get one consultation entry", "ETag carries the version.", "The entry")
            .update("Correct a consultation entry", """
                    date, channel, villageCode, topic, count; never the township. Send \
                    the version as If-Match (stale: 412) or as version in the body (stale: 409). A change emits \
                    legal-aid.consultation.updated; an unchanged body changes nothing.""", "The entry after the change")
            .list("List consultation entries", """
                    Filters combine; from/to apply to date. A township officer only sees \
                    its own township.""", ConsultationService.SORTABLE, RecordApi.DESCENDING,
                    ConsultationService.Filter::of, ConsultationService::list)
            .changes("Sync feed of consultations for mobile clients",
                    "Every create/update after the cursor, in order, each with its version. Pass nextCursor as since.");

    @Inject
    public ConsultationResource(ConsultationService consultations) {
        super(API, consultations);
    }
}
