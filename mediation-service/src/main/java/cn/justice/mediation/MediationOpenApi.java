package cn.justice.mediation;

import cn.justice.mediation.committee.CommitteeResource;
import cn.justice.mediation.dispute.DisputeResource;
import cn.justice.mediation.mediator.MediatorResource;
import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordOpenApiFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * The mediation service's OpenAPI document: its records' operations from their APIs (mp.openapi.filter).
 * <p>
 * Workaround, to delete once the platform filter removes parameters through a copy: for a record without personal
 * data it drops {@code unmask}/{@code X-Purpose} from {@code GET {id}} with {@code getParameters().removeIf}, but
 * SmallRye hands out that list unmodifiable (the application would not start). So those operations reach it behind a
 * view whose list is modifiable, and what it leaves there is written back.
 */
public class MediationOpenApi extends RecordOpenApiFilter {
    private static final RecordApi<?, ?>[] RECORDS = {CommitteeResource.API, MediatorResource.API, DisputeResource.API};

    public MediationOpenApi() {
        super(RECORDS);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        List<Runnable> restore = new ArrayList<>();
        for (RecordApi<?, ?> api : RECORDS) {
            PathItem item = api.isPersonalData() ? null : openAPI.getPaths().getPathItem(api.path() + "/{id}");
            if (item != null && item.getGET() != null && item.getGET().getParameters() != null) {
                Operation get = item.getGET();
                List<Parameter> parameters = new ArrayList<>(get.getParameters());
                item.setGET(withParameters(get, parameters));
                restore.add(() -> {
                    get.setParameters(parameters);
                    item.setGET(get);
                });
            }
        }
        try {
            super.filterOpenAPI(openAPI);
        } finally {
            restore.forEach(Runnable::run);
        }
    }

    /** The operation, except that its parameter list is the given modifiable one. */
    private static Operation withParameters(Operation op, List<Parameter> parameters) {
        return (Operation) Proxy.newProxyInstance(Operation.class.getClassLoader(), new Class<?>[]{Operation.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getParameters") && method.getParameterCount() == 0) {
                        return parameters;
                    }
                    try {
                        return method.invoke(op, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
