package cn.justice.platform.record;

import cn.justice.platform.web.Fingerprints;
import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.outbox.Outbox;
import cn.justice.platform.persistence.CountyWideRecords;
import cn.justice.platform.persistence.ListQuery;
import cn.justice.platform.persistence.Records;
import cn.justice.platform.persistence.TrackedEntity;
import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.web.Versions;
import cn.justice.platform.security.Caller;
import cn.justice.platform.security.TownshipScope;
import cn.justice.platform.web.ChangeCursor;
import cn.justice.platform.web.Changes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The storage side every record service shares, written once: read by id in the caller's scope, the sync feed,
 * the repeated-create check, the locked read for a change (If-Match, body version), and the event of each change
 * written through the outbox in the same transaction. A record's service extends it, names its entity, its event
 * prefix, its view and its event data in its no-argument constructor, and keeps only its own rules.
 * <p>
 * County-wide records (a township code that may be null, DESIGN §4) say so with {@link #countyWide()}: their reads
 * and changes then follow {@link CountyWideRecords}.
 *
 * @param <E> the entity
 * @param <V> the view (response body)
 * @param <C> the create body
 * @param <U> the update body
 */
public abstract class RecordStore<E extends TrackedEntity, V extends RecordView, C, U> implements RecordService<V, C, U> {
    @Inject
    protected EntityManager em;
    @Inject
    protected Outbox outbox;
    @Inject
    protected OrgDirectory orgs;
    /** The bureau's clock (justice.zone): "today" is the bureau's date, not the host's. */
    @Inject
    protected Clock clock;

    private final Class<E> type;
    private final String what;
    private final String eventPrefix;
    private final Function<E, V> view;
    private final Function<E, ?> eventData;

    /**
     * @param type        the entity class
     * @param what        the record's name in problems ("workstation <id> does not exist")
     * @param eventPrefix the event types' prefix, e.g. {@code legal-aid.workstation.}
     * @param view        the entity as the API shows it; null for a service that overrides {@link #view} (a view
     *                    that needs the service, e.g. masked personal data)
     * @param eventData   the entity as its events carry it (never personal data)
     */
    protected RecordStore(Class<E> type, String what, String eventPrefix, Function<E, V> view, Function<E, ?> eventData) {
        this.type = type;
        this.what = what;
        this.eventPrefix = eventPrefix;
        this.view = view;
        this.eventData = eventData;
    }

    /** The record's name in problems ("workstation <id> does not exist"). */
    protected String what() {
        return what;
    }

    /** True for a record that may belong to the county as a whole (no township). */
    protected boolean countyWide() {
        return false;
    }

    @Override
    @Transactional
    public V get(Caller caller, UUID id) {
        return view(visible(caller, id));
    }

    @Override
    @Transactional
    public Changes<V> changes(Caller caller, ChangeCursor since, int limit) {
        return countyWide()
                ? CountyWideRecords.changes(em, type, caller, since, limit, this::feedView)
                : Records.changes(em, type, caller, since, limit, this::feedView);
    }

    /**
     * The list of the caller's scope, for the service's filters to narrow: a township's records (a township officer:
     * its own); for county-wide records also the county's own, {@code countyWideOnly} true keeping only those and
     * false only the townships'.
     */
    protected ListQuery<E> listed(Caller caller, String townshipCode, Boolean countyWideOnly) {
        return countyWide()
                ? CountyWideRecords.list(em, type, caller, townshipCode, countyWideOnly)
                : ListQuery.scoped(em, type, caller, townshipCode);
    }

    /** The record for reading in the caller's scope (404 otherwise). */
    protected E visible(Caller caller, UUID id) {
        return countyWide()
                ? CountyWideRecords.visible(em, type, id, caller, what)
                : Records.visible(em, type, id, caller, what);
    }

    /** The record locked for a change, in the caller's scope, at the version If-Match names (412 otherwise). */
    protected E forChange(Caller caller, UUID id, String ifMatch) {
        return countyWide()
                ? CountyWideRecords.forChange(em, type, id, caller, what, ifMatch)
                : Records.forChange(em, type, id, caller, what, ifMatch);
    }

    /**
     * The county of a new record of a township: the township must exist and the caller may write there (a
     * township officer only in its own).
     */
    protected String countyForTownship(Caller caller, String field, String townshipCode) {
        orgs.requireTownship(field, townshipCode);
        return creatableCounty(caller, townshipCode);
    }

    /**
     * As {@link #countyForTownship} for a record of a township that may name one of its villages ({@code townshipCode}
     * and {@code villageCode}, null for none): the village must lie in the township (400), checked before the
     * caller's scope.
     */
    protected String countyForVillage(Caller caller, String townshipCode, String villageCode) {
        orgs.requireTownship("townshipCode", townshipCode);
        orgs.requireVillageOf("villageCode", villageCode, townshipCode);
        return creatableCounty(caller, townshipCode);
    }

    private String creatableCounty(Caller caller, String townshipCode) {
        String county = orgs.countyOf(townshipCode);
        TownshipScope.requireCreatable(caller, county, townshipCode);
        return county;
    }

    /**
     * Creates the record once: a repeat of a create with the same client id and body answers the existing record
     * (not created), another body under that id is 409; otherwise {@code build} makes the entity (its own fields),
     * which gets its id, place, author and fingerprint here, is stored, and its {@code eventPrefix + verb} event
     * written. A check that only a new record needs (one a repeat must not fail on) runs first in {@code build}.
     */
    protected Created<V> createOnce(Caller caller, UUID clientId, Object request, String countyCode, String townshipCode,
                                    String verb, Supplier<E> build) {
        String fingerprint = Fingerprints.of(request);
        E existing = Records.repeatedCreate(em, type, clientId, caller, fingerprint, what);
        if (existing != null) {
            return new Created<>(view(existing), false);
        }
        E e = build.get();
        e.id = clientId != null ? clientId : UUID.randomUUID();
        e.countyCode = countyCode;
        e.townshipCode = townshipCode;
        e.createdBy = caller.subject();
        e.createFingerprint = fingerprint;
        em.persist(e);
        return new Created<>(publish(verb, e), true);
    }

    /**
     * An edit of the editable fields: the record locked at the If-Match version and the body's version (409 when
     * stale), {@code change} applied; an edit that changed something writes the {@code updated} event, an unchanged
     * body changes nothing.
     */
    protected V updateFields(Caller caller, UUID id, String ifMatch, Long bodyVersion, Consumer<E> change) {
        E e = forChange(caller, id, ifMatch);
        Versions.checkBodyVersion(bodyVersion, e.version);
        long before = e.version;
        change.accept(e);
        em.flush();
        return e.version != before ? publish("updated", e) : view(e);
    }

    /** Writes the change (its new version) and its {@code eventPrefix + verb} event; answers the view. */
    protected V publish(String verb, E e) {
        return publish(verb, e, eventData);
    }

    /**
     * As {@link #publish(String, TrackedEntity)} for an event whose data is not the standard event data (e.g. it
     * also names what this change added): {@code data} makes it from the entity once the change is written (its new
     * version).
     */
    protected V publish(String verb, E e, Function<E, ?> data) {
        em.flush();
        outbox.append(eventPrefix + verb, e.id, e.version, e.countyCode, e.townshipCode, data.apply(e));
        return view(e);
    }

    /**
     * An action's change: a new version and its {@code eventPrefix + verb} event even when no other field changed
     * (the action itself is the change), then the view.
     */
    protected V publishAction(String verb, E e) {
        e.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return publish(verb, e);
    }

    /**
     * As {@link #publishAction(String, TrackedEntity)}, with the event's own data as in
     * {@link #publish(String, TrackedEntity, Function)}.
     */
    protected V publishAction(String verb, E e, Function<E, ?> data) {
        e.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return publish(verb, e, data);
    }

    /** The record as the API shows it. */
    protected V view(E e) {
        return view.apply(e);
    }

    /**
     * The record as the sync feed shows it: its {@link #view}; a record whose lists show less (a bulk read, e.g.
     * names masked) answers that here.
     */
    protected V feedView(E e) {
        return view(e);
    }

    /** A date a record reports as having happened: not after the bureau's today (400 on {@code field}). */
    protected void notFuture(String field, LocalDate date) {
        if (date != null && date.isAfter(today())) {
            throw ProblemException.invalid(field, "must not be in the future");
        }
    }

    /** The bureau's date today. */
    protected LocalDate today() {
        return LocalDate.now(clock);
    }
}
