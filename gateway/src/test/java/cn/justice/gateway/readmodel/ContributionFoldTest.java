package cn.justice.gateway.readmodel;

import cn.justice.platform.events.CloudEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A batch folds to exactly what applying its events one at a time leaves. */
class ContributionFoldTest {
    private static final UUID DISPUTE = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);

    private static ReadModel.Prepared event(long version, String verb, Instant time, MeasureEntry... entries) {
        CloudEvent e = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID(), "mediation.dispute." + verb, "/mediation-service",
                DISPUTE.toString(), time, CloudEvent.JSON, "519901", "519901201", version, null);
        return new ReadModel.Prepared(e, DISPUTE, List.of(entries));
    }

    private static ReadModel.RollupKey key(String org, String measure, LocalDate month) {
        return new ReadModel.RollupKey(org, measure, "", month);
    }

    @Test
    void twoVersionsOfOneAggregateInOneBatchLeaveTheLaterOneAndSummedDeltas() {
        Instant t1 = Instant.parse("2026-03-02T08:00:00Z");
        Instant t2 = Instant.parse("2026-04-10T08:00:00Z");
        ContributionFold fold = new ContributionFold(Map.of());
        fold.add(event(1, "registered", t1, new MeasureEntry("disputes", MARCH.plusDays(1), 1)));
        fold.add(event(2, "closed", t2, new MeasureEntry("disputes", MARCH.plusDays(1), 1),
                new MeasureEntry("disputes_succeeded", APRIL.plusDays(9), 1)));

        assertThat(fold.outcomes()).containsExactly(ReadModel.Outcome.APPLIED, ReadModel.Outcome.APPLIED);
        // disputes/March: +1 by v1, then -1 +1 by v2 (zero: untouched by v2, so its time stays v1's)
        assertThat(fold.deltas()).containsEntry(key("519901", "disputes", MARCH), new ContributionFold.Delta(1, t1))
                .containsEntry(key("519901201", "disputes", MARCH), new ContributionFold.Delta(1, t1))
                .containsEntry(key("519901", "disputes_succeeded", APRIL), new ContributionFold.Delta(1, t2))
                .hasSize(4);
        ContributionFold.Contribution now = fold.changed().get(DISPUTE);
        assertThat(now.version()).isEqualTo(2);
        assertThat(now.entries()).hasSize(2);
        assertThat(now.aggregateType()).isEqualTo("mediation.dispute");
        assertThat(now.eventTime()).isEqualTo(t2);
    }

    @Test
    void anEntryMovedAwayAndBackInOneBatchIsWrittenAsZeroWithTheNewestTime() {
        Instant t1 = Instant.parse("2026-03-02T08:00:00Z");
        Instant t2 = Instant.parse("2026-03-03T08:00:00Z");
        Instant t3 = Instant.parse("2026-03-04T08:00:00Z");
        ContributionFold.Contribution stored = new ContributionFold.Contribution(1,
                List.of(new MeasureEntry("disputes", MARCH, 1)), "519901", null, "mediation.dispute", t1);
        ContributionFold fold = new ContributionFold(Map.of(DISPUTE, stored));
        fold.add(event(2, "updated", t2, new MeasureEntry("disputes", APRIL, 1)));
        fold.add(event(3, "updated", t3, new MeasureEntry("disputes", MARCH, 1)));

        // one at a time: March -1 (t2) then +1 (t3) = 0 at t3; April +1 (t2) then -1 (t3) = 0 at t3; townships none
        Map<ReadModel.RollupKey, ContributionFold.Delta> expected = new TreeMap<>(Map.of(
                key("519901", "disputes", MARCH), new ContributionFold.Delta(0, t3),
                key("519901", "disputes", APRIL), new ContributionFold.Delta(0, t3),
                key("519901201", "disputes", MARCH), new ContributionFold.Delta(1, t3),
                key("519901201", "disputes", APRIL), new ContributionFold.Delta(0, t3)));
        assertThat(fold.deltas()).isEqualTo(expected);
    }

    @Test
    void anOlderOrEqualVersionIsStaleAndChangesNothing() {
        Instant t = Instant.parse("2026-03-02T08:00:00Z");
        ContributionFold.Contribution stored = new ContributionFold.Contribution(3,
                List.of(new MeasureEntry("disputes", MARCH, 1)), "519901", "519901201", "mediation.dispute", t);
        ContributionFold fold = new ContributionFold(Map.of(DISPUTE, stored));
        fold.add(event(3, "updated", t, new MeasureEntry("disputes", APRIL, 1)));
        fold.add(event(2, "updated", t, new MeasureEntry("disputes", APRIL, 1)));
        fold.duplicate();

        assertThat(fold.outcomes()).containsExactly(ReadModel.Outcome.STALE, ReadModel.Outcome.STALE, ReadModel.Outcome.DUPLICATE);
        assertThat(fold.deltas()).isEmpty();
        assertThat(fold.changed()).isEmpty();
    }

    @Test
    void aLaterVersionThanStoredReplacesTheStoredEntries() {
        Instant t1 = Instant.parse("2026-03-02T08:00:00Z");
        Instant t2 = Instant.parse("2026-04-02T08:00:00Z");
        ContributionFold.Contribution stored = new ContributionFold.Contribution(1,
                List.of(new MeasureEntry("disputes", MARCH, 1)), "519901", "519901202", "mediation.dispute", t1);
        ContributionFold fold = new ContributionFold(Map.of(DISPUTE, stored));
        // moved to another township by the later version
        fold.add(event(4, "updated", t2, new MeasureEntry("disputes", MARCH, 1)));

        assertThat(fold.outcomes()).containsExactly(ReadModel.Outcome.APPLIED);
        assertThat(fold.deltas()).containsOnly(
                Map.entry(key("519901201", "disputes", MARCH), new ContributionFold.Delta(1, t2)),
                Map.entry(key("519901202", "disputes", MARCH), new ContributionFold.Delta(-1, t2)));
    }

    /**
     * An entry that names its township (a correction subject transferred within the county, 社区矫正法第27条) counts
     * there and in the county, not in the event's township; a later version moves it back out of that township.
     */
    @Test
    void anEntryWithItsOwnTownshipCountsThereAndInTheCounty() {
        Instant t1 = Instant.parse("2026-03-02T08:00:00Z");
        ContributionFold fold = new ContributionFold(Map.of());
        fold.add(event(1, "transferred", t1, new MeasureEntry("subjects_active", MARCH, 1).in("519901100"),
                new MeasureEntry("subjects_active", APRIL, -1).in("519901100"),
                new MeasureEntry("subjects_active", APRIL, 1)));
        assertThat(fold.deltas()).containsOnly(
                Map.entry(key("519901", "subjects_active", MARCH), new ContributionFold.Delta(1, t1)),
                Map.entry(key("519901100", "subjects_active", MARCH), new ContributionFold.Delta(1, t1)),
                Map.entry(key("519901100", "subjects_active", APRIL), new ContributionFold.Delta(-1, t1)),
                Map.entry(key("519901201", "subjects_active", APRIL), new ContributionFold.Delta(1, t1)));
        Instant t2 = Instant.parse("2026-04-02T08:00:00Z");
        ContributionFold next = new ContributionFold(Map.of(DISPUTE, fold.changed().get(DISPUTE)));
        next.add(event(2, "updated", t2, new MeasureEntry("subjects_active", MARCH, 1)));
        assertThat(next.deltas()).containsOnly(
                Map.entry(key("519901100", "subjects_active", MARCH), new ContributionFold.Delta(-1, t2)),
                Map.entry(key("519901100", "subjects_active", APRIL), new ContributionFold.Delta(1, t2)),
                Map.entry(key("519901201", "subjects_active", MARCH), new ContributionFold.Delta(1, t2)),
                Map.entry(key("519901201", "subjects_active", APRIL), new ContributionFold.Delta(-1, t2)));
        // the county saw one person from March throughout: unchanged
    }
}
