package cn.justice.platform.persistence;

import cn.justice.platform.web.ChangeCursor;
import cn.justice.platform.web.Changes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code …/changes?since=} sync feed over any {@link TrackedEntity}: every create/update after the cursor, in
 * commit-safe order (rows of transactions still running, and everything after them, wait for the next call).
 */
public final class ChangeFeed {
    private ChangeFeed() {
    }

    /**
     * @param where  extra JPQL condition on alias {@code e} (e.g. a township filter), or null
     * @param params its parameters
     */
    public static <E extends TrackedEntity, V> Changes<V> read(EntityManager em, Class<E> type, String where,
                                                               Map<String, Object> params, ChangeCursor since,
                                                               int limit, Function<E, V> view) {
        long horizon = ((Number) em.createNativeQuery("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
                .getSingleResult()).longValue();
        String jpql = "SELECT e FROM " + type.getSimpleName() + " e WHERE "
                + "(e.changeTxid > :tx OR (e.changeTxid = :tx AND e.changeSeq > :seq)) AND e.changeTxid < :horizon"
                + (where == null ? "" : " AND (" + where + ")")
                + " ORDER BY e.changeTxid, e.changeSeq";
        TypedQuery<E> q = em.createQuery(jpql, type)
                .setParameter("tx", since.txid())
                .setParameter("seq", since.seq())
                .setParameter("horizon", horizon)
                .setMaxResults(limit);
        params.forEach(q::setParameter);
        List<E> rows = q.getResultList();
        ChangeCursor next = rows.isEmpty() ? since
                : new ChangeCursor(rows.get(rows.size() - 1).changeTxid, rows.get(rows.size() - 1).changeSeq);
        return new Changes<>(rows.stream().map(view).toList(), next.encode());
    }
}
