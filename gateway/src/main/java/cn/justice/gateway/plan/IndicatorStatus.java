package cn.justice.gateway.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Judges an indicator's actual value against its target. A finished year is ACHIEVED or OFF_TRACK. A year in
 * progress is ON_TRACK when the target is met so far (counts of a "≥" target are compared with the target
 * pro-rated to the elapsed part of the year), AT_RISK when within 10 % of it, else OFF_TRACK. NO_DATA when nothing
 * was recorded (or a rate has an empty denominator).
 */
public final class IndicatorStatus {
    public enum Status { ACHIEVED, ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA }

    private static final BigDecimal AT_RISK_BAND = new BigDecimal("0.90");

    private IndicatorStatus() {
    }

    /**
     * @param elapsed fraction of the year elapsed (1 for a finished year)
     */
    public static Status of(Indicator indicator, BigDecimal actual, BigDecimal target, double elapsed, boolean hasData) {
        if (!hasData || actual == null) {
            return Status.NO_DATA;
        }
        if (target == null) {
            return Status.ON_TRACK;
        }
        boolean finished = elapsed >= 1.0;
        BigDecimal expected = target;
        if (!finished && !indicator.isRate() && indicator.kind() == Indicator.Kind.FLOW && ">=".equals(indicator.comparator())) {
            expected = target.multiply(BigDecimal.valueOf(elapsed)).setScale(2, RoundingMode.HALF_UP);
        }
        boolean met = switch (indicator.comparator()) {
            case ">=" -> actual.compareTo(expected) >= 0;
            case "<=" -> actual.compareTo(expected) <= 0;
            default -> actual.compareTo(expected) == 0;
        };
        if (met) {
            return finished ? Status.ACHIEVED : Status.ON_TRACK;
        }
        if (finished) {
            return Status.OFF_TRACK;
        }
        if (">=".equals(indicator.comparator()) && actual.compareTo(expected.multiply(AT_RISK_BAND)) >= 0) {
            return Status.AT_RISK;
        }
        return Status.OFF_TRACK;
    }
}
