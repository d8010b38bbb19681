package cn.justice.platform.record;

import cn.justice.platform.audit.AuditLog;
import cn.justice.platform.openapi.PlatformOpenApiFilter;
import cn.justice.platform.stats.StatsEndpoint;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Documents the records of one application from their {@link RecordApi}s, and its stats endpoint from its
 * {@link StatsEndpoint.Api}: the texts of the standard operations,
 * their request and response schemas, the list's page and the sync feed's batch schemas ({@code <View>Page},
 * {@code <View>Changes}), and one concrete {@code POST {id}/<action>}
 * path per action in place of the generic {@code {id}/{action}} endpoint; then the platform's decorations
 * ({@link PlatformOpenApiFilter}). An application names its subclass in {@code mp.openapi.filter}.
 */
public abstract class RecordOpenApiFilter extends PlatformOpenApiFilter {
    private static final String JSON = "application/json";
    private static final String SCHEMAS = "#/components/schemas/";
    private final StatsEndpoint.Api stats;
    private final List<RecordApi<?, ?>> records;

    /**
     * @param stats   the service's stats endpoint
     * @param records the service's records
     */
    protected RecordOpenApiFilter(StatsEndpoint.Api stats, RecordApi<?, ?>... records) {
        this.stats = stats;
        this.records = List.of(records);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        for (RecordApi<?, ?> api : records) {
            document(openAPI, api);
        }
        Operation measures = required(openAPI.getPaths(), stats.path(), PathItem.HttpMethod.GET);
        measures.summary(stats.summary()).description(stats.description());
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            // the generic bodies' declared type, which no client sends as such
            openAPI.getComponents().removeSchema("JsonNode");
            openAPI.getComponents().removeSchema("JsonNodeType");
        }
        super.filterOpenAPI(openAPI);
    }

    private void document(OpenAPI openAPI, RecordApi<?, ?> api) {
        Paths paths = openAPI.getPaths();
        String base = api.path();
        String view = schemaName(api.view());
        Operation create = required(paths, base, PathItem.HttpMethod.POST);
        describe(create, api.createText(), body(api.createType()));
        create.getResponses().addAPIResponse("201", result(api.createText().result(), view));
        create.getResponses().addAPIResponse("200", result(api.repeatedText(), view));

        Operation get = required(paths, base + "/{id}", PathItem.HttpMethod.GET);
        describe(get, api.getText(), null);
        get.getResponses().addAPIResponse("200", result(api.getText().result(), view));
        if (!api.isPersonalData()) {
            // the scanned list is unmodifiable: the operation gets a new one
            get.setParameters(new ArrayList<>(get.getParameters().stream()
                    .filter(p -> !p.getName().equals("unmask") && !p.getName().equals(AuditLog.PURPOSE_HEADER)).toList()));
        } else if (api.purposeText() != null) {
            get.setParameters(new ArrayList<>(get.getParameters().stream()
                    .map(p -> p.getName().equals(AuditLog.PURPOSE_HEADER) ? described(p, api.purposeText()) : p).toList()));
        }
        Operation update = required(paths, base + "/{id}", PathItem.HttpMethod.PUT);
        describe(update, api.updateText(), body(api.updateType()));
        update.getResponses().addAPIResponse("200", result(api.updateText().result(), view));

        documentList(openAPI, required(paths, base, PathItem.HttpMethod.GET), api.listing(), view);

        Operation changes = required(paths, base + "/changes", PathItem.HttpMethod.GET);
        describe(changes, api.changesText(), null);
        changes.getResponses().addAPIResponse("200", result(api.changesText().result(), view + "Changes"));
        openAPI.getComponents().addSchema(view + "Changes", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("items", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(SCHEMAS + view)))
                .addProperty("nextCursor", OASFactory.createSchema().addType(Schema.SchemaType.STRING)));

        openAPI.getComponents().addSchema(view + "Page", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("items", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(SCHEMAS + view)))
                .addProperty("page", integer("int32"))
                .addProperty("size", integer("int32"))
                .addProperty("total", integer("int64")));

        String generic = base + "/{id}/{action}";
        Operation template = required(paths, generic, PathItem.HttpMethod.POST);
        paths.removePathItem(generic);
        for (RecordAction<?, ?> action : api.actions()) {
            Operation op = OASFactory.createOperation().tags(template.getTags())
                    .summary(action.summary()).description(action.description())
                    .parameters(new ArrayList<>(template.getParameters().stream()
                            .filter(p -> !p.getName().equals("action"))
                            .map(p -> p.getName().equals("If-Match") && api.actionIfMatchText() != null
                                    ? described(p, api.actionIfMatchText()) : p).toList()))
                    .requestBody(body(action.body()))
                    .responses(OASFactory.createAPIResponses().addAPIResponse("200", result(action.result(), view)));
            paths.addPathItem(base + "/{id}/" + action.name(), OASFactory.createPathItem().POST(op));
        }
    }

    /**
     * The list: its texts, the page schema, {@code sort} with the fields the service takes, and the filters its
     * factory reads (run once on a documenting query), every parameter in the scanner's order (by name).
     */
    private static void documentList(OpenAPI openAPI, Operation op, RecordList<?, ?, ?> list, String view) {
        describe(op, new RecordApi.Text(list.summary(), list.description(), "One page"), null);
        op.getResponses().addAPIResponse("200", result("One page", view + "Page"));
        RecordQuery query = RecordQuery.documenting();
        list.filter().apply(query);
        List<Parameter> parameters = new ArrayList<>();
        for (Parameter p : op.getParameters()) {
            parameters.add(!p.getName().equals("sort") ? p : OASFactory.createParameter().name("sort").in(p.getIn())
                    .schema(p.getSchema()).description(list.sortDescription()).example(list.sortExample()));
        }
        parameters.addAll(query.documented());
        parameters.sort(Comparator.comparing(Parameter::getName));
        for (int i = 1; i < parameters.size(); i++) {
            if (parameters.get(i).getName().equals(parameters.get(i - 1).getName())) {
                throw new IllegalStateException("the list of " + view + " reads " + parameters.get(i).getName() + " twice");
            }
        }
        op.setParameters(parameters);
        for (Class<? extends Enum<?>> type : query.enums()) {
            // an enum only a filter names is not in the scanned components
            if (openAPI.getComponents().getSchemas() == null || !openAPI.getComponents().getSchemas().containsKey(schemaName(type))) {
                Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
                for (Enum<?> constant : type.getEnumConstants()) {
                    schema.addEnumeration(constant.name());
                }
                var annotation = type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
                if (annotation != null && !annotation.description().isEmpty()) {
                    schema.description(annotation.description());
                }
                openAPI.getComponents().addSchema(schemaName(type), schema);
            }
        }
    }

    /** A copy of a scanned parameter with another description (the scanned one may serve other operations). */
    private static Parameter described(Parameter p, String description) {
        return OASFactory.createParameter().name(p.getName()).in(p.getIn()).required(p.getRequired())
                .schema(p.getSchema()).description(description);
    }

    private static Operation required(Paths paths, String path, PathItem.HttpMethod method) {
        PathItem item = paths.getPathItem(path);
        Operation op = item == null ? null : item.getOperations().get(method);
        if (op == null) {
            throw new IllegalStateException("no " + method + " " + path + " in the scanned document");
        }
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        return op;
    }

    private static void describe(Operation op, RecordApi.Text text, org.eclipse.microprofile.openapi.models.parameters.RequestBody body) {
        if (text == null) {
            throw new IllegalStateException("an operation of a record API has no text: " + op.getOperationId());
        }
        op.summary(text.summary()).description(text.description());
        if (body != null) {
            op.requestBody(body);
        }
        // the scanner's own entries for the generic return type say nothing: ours replace them
        APIResponses responses = op.getResponses();
        if (responses.getAPIResponses() != null) {
            for (String code : List.copyOf(responses.getAPIResponses().keySet())) {
                if (code.startsWith("2")) {
                    responses.removeAPIResponse(code);
                }
            }
        }
    }

    private static org.eclipse.microprofile.openapi.models.parameters.RequestBody body(Class<?> type) {
        return OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                .addMediaType(JSON, OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMAS + schemaName(type)))));
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse result(String description, String schema) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(JSON, OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMAS + schema))));
    }

    private static Schema integer(String format) {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format(format);
    }

    /** The component name the scanner gives a class: its {@code @Schema(name)}, else its simple name. */
    static String schemaName(Class<?> type) {
        var schema = type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
    }

}
