package cn.justice.gateway.plan;

import java.util.regex.Pattern;

/**
 * One term of an indicator's numerator or denominator: {@code [N*]measure[@start|@end]}.
 * <ul>
 *   <li>{@code measure} — counted the indicator's way: a FLOW sums the period, a STOCK is the state at its end;</li>
 *   <li>{@code measure@start} / {@code measure@end} — the stock at the start / end of the period, whatever the
 *   indicator's kind (re-offence rate: {@code subjects_active@start + subjects_received});</li>
 *   <li>{@code N*} — a whole multiplier (seven-into coverage: {@code 7*townships_total}).</li>
 * </ul>
 */
public record Term(String measure, int multiplier, Mode mode) {
    public enum Mode { AS_INDICATOR, STOCK_AT_START, STOCK_AT_END }

    /** Compiled once: String.matches compiled it per term, a fifth of the heap a progress request allocated (JFR). */
    private static final Pattern MEASURE = Pattern.compile("[a-z][a-z0-9_]*");

    public static Term parse(String text) {
        String t = text.strip();
        int multiplier = 1;
        int star = t.indexOf('*');
        if (star > 0) {
            try {
                multiplier = Integer.parseInt(t.substring(0, star).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad multiplier in term '" + text + "'");
            }
            t = t.substring(star + 1).strip();
        }
        Mode mode = Mode.AS_INDICATOR;
        int at = t.indexOf('@');
        if (at > 0) {
            mode = switch (t.substring(at + 1)) {
                case "start" -> Mode.STOCK_AT_START;
                case "end" -> Mode.STOCK_AT_END;
                default -> throw new IllegalArgumentException("term '" + text + "': use @start or @end");
            };
            t = t.substring(0, at);
        }
        if (!MEASURE.matcher(t).matches()) {
            throw new IllegalArgumentException("term '" + text + "' does not name a measure");
        }
        return new Term(t, multiplier, mode);
    }
}
