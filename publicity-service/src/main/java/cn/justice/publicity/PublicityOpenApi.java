package cn.justice.publicity;

import cn.justice.platform.audit.AuditLog;
import cn.justice.platform.record.RecordAction;
import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordOpenApiFilter;
import cn.justice.platform.record.RecordResource;
import cn.justice.platform.record.RecordService;
import cn.justice.platform.record.RecordView;
import cn.justice.publicity.activity.ActivityResource;
import cn.justice.publicity.sms.SmsResource;
import cn.justice.publicity.survey.SurveyResource;
import cn.justice.publicity.unit.UnitResource;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.List;

/**
 * The publicity service's OpenAPI document: its records' operations from their APIs (mp.openapi.filter).
 * <p>
 * Workaround, to delete once the platform filter is fixed: for a record without personal data,
 * {@link RecordOpenApiFilter} drops {@code unmask} and {@code X-Purpose} from {@code GET {id}} with
 * {@code getParameters().removeIf(…)}, and SmallRye's model answers an unmodifiable list (the application then fails
 * to start). None of these records holds personal data, so the filter is given copies of their APIs marked as
 * personal data (it then leaves those parameters alone; nothing else in it depends on the mark), and the two
 * parameters are removed here with {@link Operation#removeParameter}. The API constants themselves, which the
 * resources serve, are not marked.
 */
public class PublicityOpenApi extends RecordOpenApiFilter {
    private static final List<RecordApi<?, ?>> RECORDS =
            List.of(ActivityResource.API, SmsResource.API, UnitResource.API, SurveyResource.API);

    public PublicityOpenApi() {
        super(documented(ActivityResource.class, ActivityResource.API), documented(SmsResource.class, SmsResource.API),
                documented(UnitResource.class, UnitResource.API), documented(SurveyResource.class, SurveyResource.API));
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        for (RecordApi<?, ?> api : RECORDS) {
            PathItem item = openAPI.getPaths().getPathItem(api.path() + "/{id}");
            Operation get = item == null ? null : item.getGET();
            if (!api.isPersonalData() && get != null && get.getParameters() != null) {
                for (Parameter p : List.copyOf(get.getParameters())) {
                    if (p.getName().equals("unmask") || p.getName().equals(AuditLog.PURPOSE_HEADER)) {
                        get.removeParameter(p);
                    }
                }
            }
        }
        super.filterOpenAPI(openAPI);
    }

    /** The same API for the document only, marked as personal data (see the class comment). */
    @SuppressWarnings("unchecked")
    private static <S extends RecordService<V, C, U>, V extends RecordView, C, U> RecordApi<S, V> documented(
            Class<? extends RecordResource<S, V, C, U>> resource, RecordApi<S, V> api) {
        if (api.isPersonalData()) {
            return api;
        }
        RecordApi<S, V> copy = RecordApi.<S, V, C, U>of(resource).personalData()
                .create(api.createText().summary(), api.createText().description(), api.createText().result(),
                        api.repeatedText())
                .get(api.getText().summary(), api.getText().description(), api.getText().result())
                .update(api.updateText().summary(), api.updateText().description(), api.updateText().result())
                .changes(api.changesText().summary(), api.changesText().description());
        for (RecordAction<S, V> a : api.actions()) {
            copy.action(a.name(), (Class<Object>) a.body(), (RecordAction.Handler<S, Object, V>) a.handler(),
                    a.summary(), a.description(), a.result(), a.roles());
        }
        return copy;
    }
}
