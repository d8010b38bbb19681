package cn.justice.gateway.readmodel;

import cn.justice.platform.events.CloudEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Folds an ordered batch of events into what the read model must write: the outcome of each event, the summed
 * rollup deltas and each aggregate's final contribution. The result is exactly what applying the events one by one
 * would leave (same versions, same values, same {@code last_event_at}), so a batch of 500 events costs a handful of
 * set-based statements instead of four per event. Plain class: no database, unit-tested.
 */
public final class ContributionFold {

    /** An aggregate's contribution as stored: the version it reflects, its entries and where it counts. */
    public record Contribution(long version, List<MeasureEntry> entries, String countyCode, String townshipCode,
                               String aggregateType, Instant eventTime) {
    }

    /** A rollup row's change: the summed delta and the newest event time behind it. */
    public record Delta(long value, Instant lastEventAt) {
    }

    private final Map<UUID, Contribution> current;
    private final Map<UUID, Contribution> changed = new LinkedHashMap<>();
    private final TreeMap<ReadModel.RollupKey, Delta> deltas = new TreeMap<>();
    private final List<ReadModel.Outcome> outcomes = new ArrayList<>();

    /** @param stored the stored contributions of the batch's aggregates (absent: none yet) */
    public ContributionFold(Map<UUID, Contribution> stored) {
        this.current = new HashMap<>(stored);
    }

    /**
     * Applies one event that is not a duplicate: STALE when the aggregate already reflects its version or a later
     * one (events of an aggregate may arrive again or out of order), else APPLIED.
     */
    public ReadModel.Outcome add(ReadModel.Prepared prepared) {
        CloudEvent event = prepared.event();
        long version = event.aggregateversion() == null ? 0 : event.aggregateversion();
        Contribution old = current.get(prepared.aggregateId());
        if (old != null && old.version() >= version) {
            return record(ReadModel.Outcome.STALE);
        }
        Instant at = event.time() == null ? Instant.now() : event.time();
        Map<ReadModel.RollupKey, Long> delta = new TreeMap<>();
        if (old != null) {
            accumulate(delta, old.entries(), old.countyCode(), old.townshipCode(), -1);
        }
        accumulate(delta, prepared.entries(), event.countycode(), event.townshipcode(), +1);
        delta.forEach((key, value) -> {
            if (value != 0) { // as one event at a time would: a zero change leaves the row (and its time) alone
                deltas.merge(key, new Delta(value, at), (a, b) -> new Delta(a.value() + b.value(),
                        a.lastEventAt().isAfter(b.lastEventAt()) ? a.lastEventAt() : b.lastEventAt()));
            }
        });
        Contribution now = new Contribution(version, prepared.entries(), event.countycode(), event.townshipcode(),
                event.type().substring(0, event.type().lastIndexOf('.')), at);
        current.put(prepared.aggregateId(), now);
        changed.put(prepared.aggregateId(), now);
        return record(ReadModel.Outcome.APPLIED);
    }

    /** An event already processed (its id was seen before). */
    public ReadModel.Outcome duplicate() {
        return record(ReadModel.Outcome.DUPLICATE);
    }

    private ReadModel.Outcome record(ReadModel.Outcome o) {
        outcomes.add(o);
        return o;
    }

    /** The outcome of every event, in the order they were added. */
    public List<ReadModel.Outcome> outcomes() {
        return outcomes;
    }

    /** Rollup changes in key order (concurrent writers touch rows in the same order: no deadlocks). */
    public TreeMap<ReadModel.RollupKey, Delta> deltas() {
        return deltas;
    }

    /** The final contribution of every aggregate an applied event changed. */
    public Map<UUID, Contribution> changed() {
        return changed;
    }

    static void accumulate(Map<ReadModel.RollupKey, Long> delta, List<MeasureEntry> entries, String county,
                           String township, int sign) {
        for (MeasureEntry m : entries) {
            LocalDate month = m.date().withDayOfMonth(1);
            String member = m.member() == null ? "" : m.member();
            if (county != null) {
                delta.merge(new ReadModel.RollupKey(county, m.measure(), member, month), sign * m.value(), Long::sum);
            }
            String in = m.townshipCode() != null ? m.townshipCode() : township;
            if (in != null) {
                delta.merge(new ReadModel.RollupKey(in, m.measure(), member, month), sign * m.value(), Long::sum);
            }
        }
    }
}
