package cn.justice.correction;

import cn.justice.correction.released.ReleasedResource;
import cn.justice.correction.subject.SubjectResource;
import cn.justice.platform.audit.AuditLog;
import cn.justice.platform.record.RecordAction;
import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordOpenApiFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

import java.util.List;

/**
 * The correction service's OpenAPI document: its records' operations from their APIs (mp.openapi.filter), plus two
 * parameter texts this service has always documented and the scaffold does not say: X-Purpose reads "Why the record
 * is read" (the whole record is audited, not only its personal data), and every action's If-Match is described as
 * {@code "<version>"} like the PUT's.
 */
public class CorrectionOpenApi extends RecordOpenApiFilter {
    private static final List<RecordApi<?, ?>> RECORDS = List.of(SubjectResource.API, ReleasedResource.API);
    private static final String PURPOSE = "Why the record is read (kept in the audit log); percent-encode non-ASCII "
            + "text (UTF-8)";
    private static final String VERSION = "\"<version>\"";

    public CorrectionOpenApi() {
        super(RECORDS.toArray(RecordApi<?, ?>[]::new));
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        super.filterOpenAPI(openAPI);
        for (RecordApi<?, ?> api : RECORDS) {
            describe(openAPI, api.path() + "/{id}", PathItem.HttpMethod.GET, AuditLog.PURPOSE_HEADER, PURPOSE);
            for (RecordAction<?, ?> action : api.actions()) {
                describe(openAPI, api.path() + "/{id}/" + action.name(), PathItem.HttpMethod.POST, "If-Match", VERSION);
            }
        }
    }

    private static void describe(OpenAPI openAPI, String path, PathItem.HttpMethod method, String parameter, String text) {
        Operation op = openAPI.getPaths().getPathItem(path).getOperations().get(method);
        op.getParameters().stream().filter(p -> p.getName().equals(parameter)).forEach(p -> p.setDescription(text));
    }
}
