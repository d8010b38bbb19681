package cn.justice.platform.record;

import cn.justice.platform.security.Roles;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What one record's API is: its path and types (read from the resource class), what the OpenAPI document says of
 * each standard operation, and its lifecycle actions. A resource declares one as a constant; {@link RecordResource}
 * serves it and {@link RecordOpenApiFilter} documents it.
 * <pre>{@code
 * static final RecordApi<DisputeService, DisputeView> API = RecordApi.of(DisputeResource.class).personalData()
 *         .create("Register a dispute (登记)", "Writes …", "Registered", "The same id was registered before …")
 *         …
 *         .action("accept", DisputeActions.Accept.class, DisputeService::accept, "Accept (受理) …", "The dispute, ACCEPTED");
 * }</pre>
 *
 * @param <S> the record's service (its action methods are the handlers)
 * @param <V> the view
 */
public final class RecordApi<S, V extends RecordView> {
    /** Who may write (create, update, actions) unless an action says otherwise. */
    public static final List<String> WRITERS = List.of(Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION);

    /** The default sort of a list runs newest (highest) first. */
    public static final boolean DESCENDING = true;
    /** The default sort of a list runs lowest (alphabetical, oldest) first. */
    public static final boolean ASCENDING = false;

    /** The description the services give an If-Match header: the record's version in quotes. */
    public static final String IF_MATCH_VERSION = "\"<version>\"";

    /** The text of one standard operation in the OpenAPI document. */
    public record Text(String summary, String description, String result) {
    }

    private final String path;
    private final Class<?> view;
    private final Class<?> createType;
    private final Class<?> updateType;
    private boolean personalData;
    private String purpose;
    private String actionIfMatch;
    private Text create;
    private String repeated;
    private Text get;
    private Text update;
    private Text changes;
    private RecordList<S, ?, V> list;
    private final Map<String, RecordAction<S, V>> actions = new LinkedHashMap<>();

    private RecordApi(String path, Class<?> view, Class<?> createType, Class<?> updateType) {
        this.path = path;
        this.view = view;
        this.createType = createType;
        this.updateType = updateType;
    }

    /** The API of the record a resource class serves: its {@code @Path} and its view, create and update types. */
    public static <S extends RecordService<V, C, U>, V extends RecordView, C, U> RecordApi<S, V> of(
            Class<? extends RecordResource<S, V, C, U>> resource) {
        Path path = Objects.requireNonNull(resource.getAnnotation(Path.class), resource + " has no @Path");
        Type[] args = ((ParameterizedType) resource.getGenericSuperclass()).getActualTypeArguments();
        return new RecordApi<>(path.value(), (Class<?>) args[1], (Class<?>) args[2], (Class<?>) args[3]);
    }

    /** The record holds personal data: {@code GET {id}} takes {@code unmask} and {@code X-Purpose} (audited). */
    public RecordApi<S, V> personalData() {
        this.personalData = true;
        return this;
    }

    /** {@link #personalData()}, with the record's own words for what {@code X-Purpose} says. */
    public RecordApi<S, V> personalData(String purposeDescription) {
        this.purpose = purposeDescription;
        return personalData();
    }

    /** What the OpenAPI document says of the actions' {@code If-Match} header (nothing unless set). */
    public RecordApi<S, V> actionIfMatch(String description) {
        this.actionIfMatch = description;
        return this;
    }

    /** {@code POST}: summary, description, the 201 response, and the 200 answered for a repeated create. */
    public RecordApi<S, V> create(String summary, String description, String created, String repeatedCreate) {
        this.create = new Text(summary, description, created);
        this.repeated = repeatedCreate;
        return this;
    }

    /** {@code GET {id}}. */
    public RecordApi<S, V> get(String summary, String description, String result) {
        this.get = new Text(summary, description, result);
        return this;
    }

    /** {@code PUT {id}}. */
    public RecordApi<S, V> update(String summary, String description, String result) {
        this.update = new Text(summary, description, result);
        return this;
    }

    /** {@code GET changes}. */
    public RecordApi<S, V> changes(String summary, String description) {
        this.changes = new Text(summary, description, "Changes after the cursor");
        return this;
    }

    /**
     * {@code GET} on the path: one page of the records the caller may see.
     *
     * @param sortable   API field → column, the default sort first (a {@link LinkedHashMap})
     * @param descending {@link #DESCENDING} or {@link #ASCENDING}: the default sort's direction
     * @param filter     the filter's factory: reads every parameter it takes from the query; the OpenAPI document
     *                   lists what it reads ({@link RecordQuery})
     * @param handler    the service's {@code list(Caller, F, PageRequest)}
     */
    public <F> RecordApi<S, V> list(String summary, String description, Map<String, String> sortable, boolean descending,
                                    Function<RecordQuery, F> filter, RecordList.Handler<S, F, V> handler) {
        if (sortable.isEmpty()) {
            throw new IllegalArgumentException("a list of " + path + " needs a sort field");
        }
        this.list = new RecordList<>(summary, description, sortable, descending, filter, handler);
        return this;
    }

    /** {@code POST {id}/<name>}, callable by {@link #WRITERS}. */
    public <B> RecordApi<S, V> action(String name, Class<B> body, RecordAction.Handler<S, B, V> handler, String summary,
                                      String result) {
        return action(name, body, handler, summary, null, result, WRITERS);
    }

    /** {@code POST {id}/<name>} with a description and its own roles. */
    public <B> RecordApi<S, V> action(String name, Class<B> body, RecordAction.Handler<S, B, V> handler, String summary,
                                      String description, String result, List<String> roles) {
        if (actions.putIfAbsent(name, new RecordAction<>(name, body, handler, summary, description, result, roles)) != null) {
            throw new IllegalArgumentException("action " + name + " declared twice on " + path);
        }
        return this;
    }

    /** The action of that name; an unknown one is 404 like any path nothing answers. */
    RecordAction<S, V> action(String name) {
        RecordAction<S, V> a = actions.get(name);
        if (a == null) {
            throw new NotFoundException();
        }
        return a;
    }

    public String path() {
        return path;
    }

    public Class<?> view() {
        return view;
    }

    public Class<?> createType() {
        return createType;
    }

    public Class<?> updateType() {
        return updateType;
    }

    public boolean isPersonalData() {
        return personalData;
    }

    /** The X-Purpose description of {@link #personalData(String)}, or null for the platform's. */
    public String purposeText() {
        return purpose;
    }

    public String actionIfMatchText() {
        return actionIfMatch;
    }

    public Text createText() {
        return create;
    }

    public String repeatedText() {
        return repeated;
    }

    public Text getText() {
        return get;
    }

    public Text updateText() {
        return update;
    }

    public Text changesText() {
        return changes;
    }

    /** The list endpoint; every record API declares one. */
    RecordList<S, ?, V> listing() {
        if (list == null) {
            throw new IllegalStateException(path + " declares no list");
        }
        return list;
    }

    public Collection<RecordAction<S, V>> actions() {
        return actions.values();
    }
}
