package cn.justice.platform.persistence;

import cn.justice.platform.security.Caller;
import cn.justice.platform.security.TownshipScope;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A filtered, paged list of a {@link TrackedEntity} (DESIGN §3 lists): the caller's county, its township scope,
 * then one condition per filter that was given. Field names are the entity's (alias {@code e}); values are bound
 * as parameters, never concatenated.
 */
public final class ListQuery<E extends TrackedEntity> {
    private final EntityManager em;
    private final Class<E> type;
    private final StringBuilder where = new StringBuilder("e.countyCode = :county");
    private final Map<String, Object> params = new HashMap<>();

    private ListQuery(EntityManager em, Class<E> type, String countyCode) {
        this.em = em;
        this.type = type;
        params.put("county", countyCode);
    }

    /** Records of the caller's county, confined to its township for a township officer, else to {@code township} if given. */
    public static <E extends TrackedEntity> ListQuery<E> scoped(EntityManager em, Class<E> type, Caller caller, String township) {
        ListQuery<E> q = new ListQuery<>(em, type, caller.countyCode());
        return q.eq("townshipCode", TownshipScope.listTownship(caller, township));
    }

    /**
     * Like {@link #scoped}, for kinds of record that may also be county-wide ({@code townshipCode} null): a township
     * officer sees its township's records and the county-wide ones.
     */
    public static <E extends TrackedEntity> ListQuery<E> scopedWithCountyWide(EntityManager em, Class<E> type, Caller caller,
                                                                               String township) {
        ListQuery<E> q = new ListQuery<>(em, type, caller.countyCode());
        if (caller.townshipScoped()) {
            return q.where("e.townshipCode = :ownTownship OR e.townshipCode IS NULL",
                    Map.of("ownTownship", TownshipScope.listTownship(caller, township)));
        }
        return q.eq("townshipCode", township);
    }

    /** {@code e.field = value} when value is not null. */
    public ListQuery<E> eq(String field, Object value) {
        return value == null ? this : condition("e." + field + " = :" + param(field), param(field), value);
    }

    /** {@code e.field >= value} when value is not null. */
    public ListQuery<E> atLeast(String field, Object value) {
        return value == null ? this : condition("e." + field + " >= :" + param(field) + "Min", param(field) + "Min", value);
    }

    /** {@code e.field <= value} when value is not null. */
    public ListQuery<E> atMost(String field, Object value) {
        return value == null ? this : condition("e." + field + " <= :" + param(field) + "Max", param(field) + "Max", value);
    }

    /**
     * Records whose period covers {@code day}, when it is not null: begun on or before it ({@code start}) and not yet
     * ended ({@code end} null, or after the day; on the day itself too when {@code endInclusive} — a period whose end
     * is its last day, e.g. an appointment's validTo, against a closing date, e.g. a workstation's closedOn).
     */
    public ListQuery<E> activeOn(String start, String end, boolean endInclusive, Object day) {
        if (day == null) {
            return this;
        }
        return where("e." + start + " <= :activeOn AND (e." + end + " IS NULL OR e." + end + (endInclusive ? " >= " : " > ")
                + ":activeOn)", Map.of("activeOn", day));
    }

    /** Any other condition on alias {@code e}, with its named parameters. */
    public ListQuery<E> where(String jpql, Map<String, Object> parameters) {
        where.append(" AND (").append(jpql).append(')');
        params.putAll(parameters);
        return this;
    }

    private ListQuery<E> condition(String jpql, String name, Object value) {
        where.append(" AND ").append(jpql);
        params.put(name, value);
        return this;
    }

    private static String param(String field) {
        return field.replace('.', '_');
    }

    /** One page in the requested order (ties broken by id) and the total count: two queries, no N+1. */
    public <V> Page<V> page(PageRequest page, Function<E, V> view) {
        String entity = type.getSimpleName();
        TypedQuery<Long> count = em.createQuery("SELECT count(e) FROM " + entity + " e WHERE " + where, Long.class);
        String dir = page.descending() ? " DESC" : " ASC";
        TypedQuery<E> q = em.createQuery("SELECT e FROM " + entity + " e WHERE " + where + " ORDER BY e."
                + page.sortColumn() + dir + ("id".equals(page.sortColumn()) ? "" : ", e.id" + dir), type);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            q.setParameter(k, v);
        });
        List<V> items = q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream().map(view).toList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }
}
