package cn.justice.legalaid;

import cn.justice.legalaid.advisor.AdvisorResource;
import cn.justice.legalaid.application.ApplicationResource;
import cn.justice.legalaid.consultation.ConsultationResource;
import cn.justice.legalaid.notarization.NotarizationResource;
import cn.justice.legalaid.workstation.WorkstationResource;
import cn.justice.platform.record.RecordAction;
import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordOpenApiFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;

import java.util.List;

/** The legal aid service's OpenAPI document: its records' operations from their APIs (mp.openapi.filter). */
public class LegalAidOpenApi extends RecordOpenApiFilter {
    private static final List<RecordApi<?, ?>> RECORDS = List.of(ApplicationResource.API, ConsultationResource.API,
            WorkstationResource.API, NotarizationResource.API, AdvisorResource.API);

    public LegalAidOpenApi() {
        super(RECORDS.toArray(RecordApi<?, ?>[]::new));
    }

    /**
     * The hand-written actions documented their If-Match header as {@code "<version>"}, as PUT does; the scaffold's
     * generic action endpoint leaves it undescribed, so the description is put back to keep the document unchanged.
     */
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        super.filterOpenAPI(openAPI);
        for (RecordApi<?, ?> api : RECORDS) {
            for (RecordAction<?, ?> action : api.actions()) {
                PathItem item = openAPI.getPaths().getPathItem(api.path() + "/{id}/" + action.name());
                item.getPOST().getParameters().stream().filter(p -> p.getName().equals("If-Match"))
                        .forEach(p -> p.setDescription("\"<version>\""));
            }
        }
    }
}
