package cn.justice.platform.record;

import cn.justice.platform.persistence.CountyWideRecords;
import cn.justice.platform.persistence.TrackedEntity;
import cn.justice.platform.security.Caller;
import jakarta.transaction.Transactional;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A register (登记簿): records that are entered and corrected but have no lifecycle of their own — notarizations,
 * SMS campaigns, duty-lawyer days, honours, projects… Create and update carry the same editable fields {@code F}, so
 * the two operations are written here once: the create in the caller's scope (a township's record, or for a
 * {@link #countyWide() county-wide} register one without a township), the fields' rules, the entity, the repeated-create
 * check and the created event; the update locked at its version, the same rules, the {@code updated} event when
 * something changed. The register's service supplies its fields' rules ({@link #check}) and how they land on the
 * entity ({@link #edit}); a register whose records belong to a village names the township ({@link #township}).
 *
 * @param <E> the entity
 * @param <V> the view (response body)
 * @param <F> the editable fields, as both bodies carry them
 * @param <C> the create body
 * @param <U> the update body
 */
public abstract class RegisterStore<E extends TrackedEntity, V extends RecordView, F extends RegisterStore.Body,
        C extends F, U extends F> extends RecordStore<E, V, C, U> {

    /**
     * What a register's bodies carry beside the fields: the create's client id and township, the update's version.
     * A body record without one of these components answers null (an update has no id, a county register's create
     * no township).
     */
    public interface Body {
        default UUID id() {
            return null;
        }

        default String townshipCode() {
            return null;
        }

        default Long version() {
            return null;
        }
    }

    private final Supplier<E> newEntity;
    private final String createdVerb;

    /**
     * @param newEntity   a new, empty entity
     * @param createdVerb the verb of the create's event ({@code recorded}, {@code opened}, …)
     */
    protected RegisterStore(Class<E> type, Supplier<E> newEntity, String what, String eventPrefix, String createdVerb,
                            Function<E, V> view, Function<E, ?> eventData) {
        super(type, what, eventPrefix, view, eventData);
        this.newEntity = newEntity;
        this.createdVerb = createdVerb;
    }

    /**
     * The rules of the fields (400/422), on the create and on every correction; {@code townshipCode} is the record's
     * township (null for a county-wide one). None by default: Bean Validation on the bodies covers the shape.
     */
    protected void check(F fields, String townshipCode) {
    }

    /** Puts the editable fields on the entity (a new one on create, the stored one on update). */
    protected abstract void edit(E e, F fields);

    /** The township of a new record: the body's; a register of villages answers the village's (400 when unknown). */
    protected String township(C body) {
        return body.townshipCode();
    }

    /** The new entity of a create; a register with fields fixed at the create (the village, a first status) sets them here. */
    protected E created(C body) {
        E e = newEntity.get();
        edit(e, body);
        return e;
    }

    @Override
    @Transactional
    public Created<V> create(Caller caller, C body) {
        String township = township(body);
        String county = countyWide()
                ? CountyWideRecords.countyForCreate(caller, orgs, township, what())
                : countyForTownship(caller, "townshipCode", township);
        check(body, township);
        return createOnce(caller, body.id(), body, county, township, createdVerb, () -> created(body));
    }

    @Override
    @Transactional
    public V update(Caller caller, UUID id, String ifMatch, U body) {
        return updateFields(caller, id, ifMatch, body.version(), e -> {
            check(body, e.townshipCode);
            edit(e, body);
        });
    }
}
