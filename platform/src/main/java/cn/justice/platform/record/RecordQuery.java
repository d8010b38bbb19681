package cn.justice.platform.record;

import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.web.QueryParams;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The filters of one list request, read by name from its query string with the platform's 400 problems (the same as
 * {@link QueryParams}). A record's filter type reads itself from it in one static factory, e.g.
 * <pre>{@code
 * static Filter of(RecordQuery q) {
 *     return new Filter(q.township(), q.enumOf("status", WorkstationStatus.class), q.from("openedOn"), q.to("openedOn"));
 * }
 * }</pre>
 * and that factory is also the list's documentation: {@link RecordOpenApiFilter} runs it once on a query that
 * records each parameter asked for (name, type, description, example) and answers null, so the OpenAPI document
 * names exactly the parameters the list reads. A factory therefore asks for every parameter unconditionally.
 */
public final class RecordQuery {
    /** The example township code of the documents. */
    static final String TOWNSHIP_EXAMPLE = "519901101";

    private final MultivaluedMap<String, String> parameters;
    private final OrgDirectory orgs;
    private final List<Parameter> documented;
    private final Set<Class<? extends Enum<?>>> enums;

    private RecordQuery(MultivaluedMap<String, String> parameters, OrgDirectory orgs, boolean documenting) {
        this.parameters = parameters;
        this.orgs = orgs;
        this.documented = documenting ? new ArrayList<>() : null;
        this.enums = documenting ? new LinkedHashSet<>() : null;
    }

    /** The query of a request. */
    static RecordQuery of(MultivaluedMap<String, String> parameters, OrgDirectory orgs) {
        return new RecordQuery(parameters, orgs, false);
    }

    /** A query that answers null to everything and records what is asked ({@link #documented()}). */
    static RecordQuery documenting() {
        return new RecordQuery(null, null, true);
    }

    /** The parameters asked for, as OpenAPI query parameters (documenting queries only). */
    List<Parameter> documented() {
        return documented;
    }

    /** The enum types of the parameters asked for (documenting queries only). */
    Set<Class<? extends Enum<?>>> enums() {
        return enums;
    }

    private String raw(String name, Schema schema, String description, Object example) {
        if (documented != null) {
            documented.add(OASFactory.createParameter().name(name).in(Parameter.In.QUERY).schema(schema)
                    .description(description).example(example));
            return null;
        }
        return parameters.getFirst(name);
    }

    private static Schema schema(Schema.SchemaType type, String format) {
        return OASFactory.createSchema().addType(type).format(format);
    }

    /** {@code townshipCode}: a township of the county (400 for another code), trimmed; null when absent. */
    public String township() {
        String code = raw("townshipCode", schema(Schema.SchemaType.STRING, null), null, TOWNSHIP_EXAMPLE);
        return orgs == null ? null : orgs.townshipFilter("townshipCode", code);
    }

    /** A text filter: trimmed, or null when absent or blank. */
    public String text(String name) {
        return text(name, null, null);
    }

    /** {@link #text(String)} with its description. */
    public String text(String name, String description) {
        return text(name, description, null);
    }

    /** {@link #text(String)} with its description (may be null) and an example. */
    public String text(String name, String description, String example) {
        return QueryParams.text(raw(name, schema(Schema.SchemaType.STRING, null), description, example));
    }

    public Boolean bool(String name) {
        return bool(name, null);
    }

    public Boolean bool(String name, String description) {
        return QueryParams.bool(raw(name, schema(Schema.SchemaType.BOOLEAN, null), description, null), name);
    }

    public LocalDate date(String name) {
        return date(name, null);
    }

    public LocalDate date(String name, String description) {
        return QueryParams.date(raw(name, schema(Schema.SchemaType.STRING, "date"), description, null), name);
    }

    public UUID uuid(String name) {
        return QueryParams.uuid(raw(name, schema(Schema.SchemaType.STRING, "uuid"), null, null), name);
    }

    public Integer integer(String name) {
        return integer(name, null);
    }

    /** An integer filter with an example. */
    public Integer integer(String name, String example) {
        return QueryParams.integer(raw(name, schema(Schema.SchemaType.INTEGER, null), null,
                example == null ? null : Integer.valueOf(example)), name);
    }

    public <E extends Enum<E>> E enumOf(String name, Class<E> type) {
        return enumOf(name, type, null);
    }

    public <E extends Enum<E>> E enumOf(String name, Class<E> type, String description) {
        if (enums != null) {
            enums.add(type);
        }
        Schema ref = OASFactory.createSchema().ref("#/components/schemas/" + RecordOpenApiFilter.schemaName(type));
        return QueryParams.enumOf(type, raw(name, ref, description, null), name);
    }

    /** {@code from}: {@code field ≥ from} (a date; not after {@code to}). */
    public LocalDate from(String field) {
        return dates(field + " ≥ from", null).from();
    }

    /** {@code to}: {@code field ≤ to} (a date; not before {@code from}). */
    public LocalDate to(String field) {
        return dates(null, field + " ≤ to").to();
    }

    /**
     * {@code from} and {@code to} with their own descriptions (a null one is not documented by this call), from ≤ to
     * when both are given.
     */
    public QueryParams.DateRange dates(String fromDescription, String toDescription) {
        if (documented != null) {
            if (fromDescription != null) {
                raw("from", schema(Schema.SchemaType.STRING, "date"), fromDescription, null);
            }
            if (toDescription != null) {
                raw("to", schema(Schema.SchemaType.STRING, "date"), toDescription, null);
            }
            return new QueryParams.DateRange(null, null);
        }
        return QueryParams.optionalRange(parameters.getFirst("from"), parameters.getFirst("to"));
    }
}
