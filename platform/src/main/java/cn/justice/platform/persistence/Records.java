package cn.justice.platform.persistence;

import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.security.Caller;
import cn.justice.platform.security.TownshipScope;
import cn.justice.platform.web.ChangeCursor;
import cn.justice.platform.web.Changes;
import cn.justice.platform.web.Versions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.hibernate.ReadOnlyMode;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Loading main records the way DESIGN §3–§4 say: out of the caller's scope looks like not found (404); a record
 * about to change is row-locked (changes of one record run one at a time) and its If-Match checked (412).
 */
public final class Records {
    private Records() {
    }

    /**
     * The record for reading, or 404 when it does not exist or is outside the caller's county/township. Loaded
     * read-only: Hibernate keeps no snapshot and skips the dirty check at commit, so a change to it is not saved —
     * changes load with {@link #forChange}.
     */
    public static <E extends TrackedEntity> E visible(EntityManager em, Class<E> type, UUID id, Caller caller, String what) {
        return requireVisible(em.find(type, id, ReadOnlyMode.READ_ONLY), caller, what, id);
    }

    /** The record locked for a change, visible to the caller, at the version If-Match names (if any). */
    public static <E extends TrackedEntity> E forChange(EntityManager em, Class<E> type, UUID id, Caller caller,
                                                        String what, String ifMatch) {
        E e = requireVisible(em.find(type, id, LockModeType.PESSIMISTIC_WRITE), caller, what, id);
        Versions.checkIfMatch(ifMatch, e.version);
        return e;
    }

    /**
     * A create with a client-supplied id: the existing record when the same create is repeated (answer 200),
     * null when the id is free (go on), 409 when the id is taken by something else. Without a client id (null) the
     * server makes a fresh random UUID, which no record can have: null at once, without a round trip to the database.
     */
    public static <E extends TrackedEntity> E repeatedCreate(EntityManager em, Class<E> type, UUID clientId, Caller caller,
                                                             String fingerprint, String what) {
        if (clientId == null) {
            return null;
        }
        E existing = em.find(type, clientId, LockModeType.PESSIMISTIC_WRITE);
        if (existing != null && !TownshipScope.canSee(caller, existing.countyCode, existing.townshipCode)) {
            throw ProblemException.conflict(what + " " + clientId + " already exists with different content");
        }
        return ClientIds.isRepeat(existing, fingerprint, what) ? existing : null;
    }

    /** The sync feed of the caller's county (its township for a township officer). */
    public static <E extends TrackedEntity, V> Changes<V> changes(EntityManager em, Class<E> type, Caller caller,
                                                                  ChangeCursor since, int limit, Function<E, V> view) {
        Map<String, Object> params = new HashMap<>();
        params.put("county", caller.countyCode());
        String where = "e.countyCode = :county";
        String township = TownshipScope.listTownship(caller, null);
        if (township != null) {
            where += " AND e.townshipCode = :township";
            params.put("township", township);
        }
        return ChangeFeed.read(em, type, where, params, since, limit, view);
    }

    private static <E extends TrackedEntity> E requireVisible(E e, Caller caller, String what, UUID id) {
        if (e == null) {
            throw ProblemException.notFound(what, id);
        }
        TownshipScope.requireVisible(caller, e.countyCode, e.townshipCode, what, id);
        return e;
    }
}
