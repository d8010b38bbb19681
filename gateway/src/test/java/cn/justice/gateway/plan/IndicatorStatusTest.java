package cn.justice.gateway.plan;

import cn.justice.gateway.plan.IndicatorStatus.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorStatusTest {
    private static final double FINISHED = 1.0;
    private static final double HALF = 0.5;

    /** A count (no denominator), like MED_DISPUTES. */
    private static Indicator count(Indicator.Kind kind, String comparator) {
        return new Indicator("COUNT", "计数", "Count", "件", "mediation-service", kind,
                List.of("disputes_registered"), null, BigDecimal.ONE, comparator, null, true, Map.of(2025, dec("500")));
    }

    /** A rate (numerator / denominator × 100), like MED_SUCCESS_RATE or a re-offence rate. */
    private static Indicator rate(String comparator) {
        return new Indicator("RATE", "比率", "Rate", "%", "mediation-service", Indicator.Kind.FLOW,
                List.of("disputes_succeeded"), List.of("disputes_succeeded", "disputes_failed"), new BigDecimal("100"),
                comparator, null, true, Map.of(2025, dec("95")));
    }

    private static final Indicator DISPUTES = count(Indicator.Kind.FLOW, ">=");
    private static final Indicator SUCCESS_RATE = rate(">=");
    private static final Indicator REOFFENCE_RATE = rate("<=");

    private static BigDecimal dec(String v) {
        return new BigDecimal(v);
    }

    private static Status status(Indicator i, String actual, String target, double elapsed) {
        return IndicatorStatus.of(i, actual == null ? null : dec(actual), target == null ? null : dec(target), elapsed, true);
    }

    // ---- no data / no target ----

    @Test
    void noDataWhenNothingWasRecorded() {
        assertThat(IndicatorStatus.of(DISPUTES, dec("0"), dec("500"), HALF, false)).isEqualTo(Status.NO_DATA);
        assertThat(IndicatorStatus.of(DISPUTES, dec("0"), dec("500"), FINISHED, false)).isEqualTo(Status.NO_DATA);
    }

    @Test
    void noDataWhenARateHasNoValue() {
        assertThat(IndicatorStatus.of(SUCCESS_RATE, null, dec("95"), FINISHED, true)).isEqualTo(Status.NO_DATA);
    }

    @Test
    void withoutATargetAnythingIsOnTrack() {
        assertThat(status(DISPUTES, "3", null, FINISHED)).isEqualTo(Status.ON_TRACK);
        assertThat(status(REOFFENCE_RATE, "50", null, HALF)).isEqualTo(Status.ON_TRACK);
    }

    // ---- finished year ----

    @ParameterizedTest
    @CsvSource({
            "500, ACHIEVED",
            "501, ACHIEVED",
            "499, OFF_TRACK",
            "460, OFF_TRACK",
            "0, OFF_TRACK"})
    void finishedYearIsAchievedOrOffTrackWithNoRiskBand(String actual, Status expected) {
        assertThat(status(DISPUTES, actual, "500", FINISHED)).isEqualTo(expected);
    }

    // ---- year in progress: ">=" counts are pro-rated, rates are not ----

    @ParameterizedTest
    @CsvSource({
            // target 500, half the year gone: 250 expected so far, AT_RISK from 225 (90 %)
            "COUNT, 500, 300, ON_TRACK",
            "COUNT, 500, 250, ON_TRACK",
            "COUNT, 500, 249.99, AT_RISK",
            "COUNT, 500, 225, AT_RISK",
            "COUNT, 500, 224.99, OFF_TRACK",
            "COUNT, 500, 100, OFF_TRACK",
            // a rate is compared with its full target 95 %
            "RATE, 95, 96.00, ON_TRACK",
            "RATE, 95, 95.00, ON_TRACK",
            "RATE, 95, 90.00, AT_RISK",
            "RATE, 95, 85.50, AT_RISK",
            "RATE, 95, 85.49, OFF_TRACK",
            "RATE, 95, 50.00, OFF_TRACK"})
    void halfwayCountsAreComparedWithTheProRatedTargetAndRatesWithTheFullTarget(String indicator, String target,
                                                                                  String actual, Status expected) {
        Indicator i = indicator.equals("COUNT") ? DISPUTES : SUCCESS_RATE;
        assertThat(status(i, actual, target, HALF)).isEqualTo(expected);
    }

    @Test
    void proRatingFollowsTheElapsedFraction() {
        // a quarter gone: 125 expected
        assertThat(status(DISPUTES, "125", "500", 0.25)).isEqualTo(Status.ON_TRACK);
        assertThat(status(DISPUTES, "124", "500", 0.25)).isEqualTo(Status.AT_RISK);
        assertThat(status(DISPUTES, "112", "500", 0.25)).isEqualTo(Status.OFF_TRACK);
        // 1/365 gone: 1.37 expected
        assertThat(status(DISPUTES, "2", "500", 1.0 / 365)).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void notStartedYearIsOnTrack() {
        assertThat(status(DISPUTES, "0", "500", 0.0)).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void stockCountsAreNotProRated() {
        Indicator stock = count(Indicator.Kind.STOCK, ">=");

        assertThat(status(stock, "300", "500", HALF)).as("300 of a year-end 500").isEqualTo(Status.OFF_TRACK);
        assertThat(status(stock, "460", "500", HALF)).isEqualTo(Status.AT_RISK);
        assertThat(status(stock, "500", "500", HALF)).isEqualTo(Status.ON_TRACK);
    }

    // ---- rates ----

    @Test
    void finishedRate() {
        assertThat(status(SUCCESS_RATE, "95.00", "95", FINISHED)).isEqualTo(Status.ACHIEVED);
        assertThat(status(SUCCESS_RATE, "94.99", "95", FINISHED)).isEqualTo(Status.OFF_TRACK);
    }

    // ---- "<=" targets ----

    @Test
    void reoffenceRateWithTargetZero() {
        assertThat(status(REOFFENCE_RATE, "0.00", "0", FINISHED)).isEqualTo(Status.ACHIEVED);
        assertThat(status(REOFFENCE_RATE, "0.01", "0", FINISHED)).isEqualTo(Status.OFF_TRACK);
        assertThat(status(REOFFENCE_RATE, "0.00", "0", HALF)).isEqualTo(Status.ON_TRACK);
        assertThat(status(REOFFENCE_RATE, "0.50", "0", HALF)).as("no risk band for <=").isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void atMostTargetIsMetAtOrBelowIt() {
        assertThat(status(REOFFENCE_RATE, "1.50", "2", HALF)).isEqualTo(Status.ON_TRACK);
        assertThat(status(REOFFENCE_RATE, "2", "2", FINISHED)).isEqualTo(Status.ACHIEVED);
        assertThat(status(REOFFENCE_RATE, "2.10", "2", HALF)).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void atMostCountsAreNotProRated() {
        Indicator limit = count(Indicator.Kind.FLOW, "<=");

        // 8 so far against a yearly maximum of 10 is fine (pro-rating would expect at most 5)
        assertThat(status(limit, "8", "10", HALF)).isEqualTo(Status.ON_TRACK);
        assertThat(status(limit, "11", "10", HALF)).isEqualTo(Status.OFF_TRACK);
    }

    // ---- "=" targets ----

    @Test
    void exactTargetIgnoresScale() {
        Indicator exact = count(Indicator.Kind.STOCK, "=");

        assertThat(status(exact, "100.00", "100", FINISHED)).isEqualTo(Status.ACHIEVED);
        assertThat(status(exact, "101", "100", FINISHED)).isEqualTo(Status.OFF_TRACK);
        assertThat(status(exact, "99", "100", HALF)).isEqualTo(Status.OFF_TRACK);
    }
}
