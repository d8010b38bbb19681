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
 * Scope of records that may be county-wide ({@code townshipCode} null: county-wide SMS campaigns, responsible units).
 * The platform's {@code TownshipScope} hides a county-wide record from a township officer; here a township officer
 * <em>reads</em> the county-wide records of its county (they concern its township too) besides its own township's,
 * and may not <em>change</em> them (403: the record is visible, so nothing is hidden). Another township's records
 * stay invisible (404), lists show its own township plus the county-wide records. Every other role sees the county.
 * The counterpart of {@link Records} for such kinds of record.
 */
public final class CountyWideRecords {
    private CountyWideRecords() {
    }

    /** May the caller read this record? County-wide records are readable by everyone of the county. */
    public static boolean canRead(Caller caller, String countyCode, String townshipCode) {
        if (townshipCode == null) {
            return caller.countyCode() != null && caller.countyCode().equals(countyCode);
        }
        return TownshipScope.canSee(caller, countyCode, townshipCode);
    }

    /** The record for reading (loaded read-only, as {@link Records#visible}), or 404 when it does not exist or the caller may not read it. */
    public static <E extends TrackedEntity> E visible(EntityManager em, Class<E> type, UUID id, Caller caller, String what) {
        E e = em.find(type, id, ReadOnlyMode.READ_ONLY);
        if (e == null || !canRead(caller, e.countyCode, e.townshipCode)) {
            throw ProblemException.notFound(what, id);
        }
        return e;
    }

    /**
     * The record locked for a change: 404 when not readable, 403 when it is county-wide and the caller a township
     * officer, 412 when If-Match names another version.
     */
    public static <E extends TrackedEntity> E forChange(EntityManager em, Class<E> type, UUID id, Caller caller,
                                                        String what, String ifMatch) {
        E e = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null || !canRead(caller, e.countyCode, e.townshipCode)) {
            throw ProblemException.notFound(what, id);
        }
        requireCountyWriter(caller, e.townshipCode, what);
        Versions.checkIfMatch(ifMatch, e.version);
        return e;
    }

    /**
     * The county of a record about to be created: its township's county (the township must exist and be creatable by
     * the caller: 400/403), or for a county-wide record ({@code townshipCode} null) the caller's county, which a
     * township officer may not write (403).
     */
    public static String countyForCreate(Caller caller, cn.justice.platform.org.OrgDirectory orgs, String townshipCode,
                                         String what) {
        if (townshipCode == null) {
            requireCountyWriter(caller, null, what);
            return caller.countyCode();
        }
        orgs.requireTownship("townshipCode", townshipCode);
        String county = orgs.countyOf(townshipCode);
        TownshipScope.requireCreatable(caller, county, townshipCode);
        return county;
    }

    /** 403 when a township officer would change (or create) a county-wide record. */
    public static void requireCountyWriter(Caller caller, String townshipCode, String what) {
        if (townshipCode == null && caller.townshipScoped()) {
            throw ProblemException.forbidden("a " + what + " of the whole county is read-only for a township officer");
        }
    }

    /**
     * A list of the caller's county: a township officer gets its township's records and the county-wide ones
     * (whatever township it asked for); others get the requested township (or all). {@code countyWide} true keeps
     * only county-wide records, false only township ones.
     */
    public static <E extends TrackedEntity> ListQuery<E> list(EntityManager em, Class<E> type, Caller caller,
                                                             String township, Boolean countyWide) {
        ListQuery<E> q = ListQuery.scopedWithCountyWide(em, type, caller, township);
        if (Boolean.TRUE.equals(countyWide)) {
            q.where("e.townshipCode IS NULL", Map.of());
        } else if (Boolean.FALSE.equals(countyWide)) {
            q.where("e.townshipCode IS NOT NULL", Map.of());
        }
        return q;
    }

    /** The sync feed: the county's records; for a township officer its township's and the county-wide ones. */
    public static <E extends TrackedEntity, V> Changes<V> changes(EntityManager em, Class<E> type, Caller caller,
                                                                  ChangeCursor since, int limit, Function<E, V> view) {
        Map<String, Object> params = new HashMap<>();
        params.put("county", caller.countyCode());
        String where = "e.countyCode = :county";
        if (caller.townshipScoped()) {
            where += " AND (e.townshipCode = :township OR e.townshipCode IS NULL)";
            params.put("township", TownshipScope.listTownship(caller, null));
        }
        return ChangeFeed.read(em, type, where, params, since, limit, view);
    }
}
