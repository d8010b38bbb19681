package cn.justice.platform.record;

import cn.justice.platform.security.Caller;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;

import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * A record's list endpoint ({@code GET} on its path): its texts, its sort fields, how its filter reads itself from
 * the query ({@link RecordQuery}) and the service method that answers it.
 *
 * @param summary     the operation's summary
 * @param description the operation's description
 * @param sortable    API field → column, the default first ({@link PageRequest#of})
 * @param descending  the direction of the default sort
 * @param filter      the filter's factory (also its documentation)
 * @param handler     the service's list method
 */
public record RecordList<S, F, V>(String summary, String description, Map<String, String> sortable, boolean descending,
                           Function<RecordQuery, F> filter, Handler<S, F, V> handler) {

    /** The service's list method: {@code Page<V> list(Caller, F, PageRequest)}. */
    @FunctionalInterface
    public interface Handler<S, F, V> {
        Page<V> list(S service, Caller caller, F filter, PageRequest page);
    }

    /** One page: the filter read from the query, then the service's answer. */
    public Page<V> run(S service, Caller caller, RecordQuery query, PageRequest page) {
        return handler.list(service, caller, filter.apply(query), page);
    }

    /** What the document says of {@code sort}: the fields in the order the service takes them, the default first. */
    String sortDescription() {
        StringJoiner fields = new StringJoiner(", ", "field[,asc|desc]; fields: ", "");
        boolean first = true;
        for (String field : sortable.keySet()) {
            fields.add(first ? field + " (default, " + direction() + ")" : field);
            first = false;
        }
        return fields.toString();
    }

    String sortExample() {
        return sortable.keySet().iterator().next() + "," + direction();
    }

    private String direction() {
        return descending ? "desc" : "asc";
    }
}
