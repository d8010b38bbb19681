package cn.justice.correction.subject;

import cn.justice.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.List;

/**
 * 执行地变更 (社区矫正法第27条; 实施办法第30条): within the county the township changes and the history stays (the
 * figures follow the new township from the transfer's day); to another county the record ends here
 * (TRANSFERRED_OUT). Plain rules.
 */
public final class Transfers {
    private Transfers() {
    }

    /**
     * 社区矫正法第27条: a transfer within the county names another township of the same county (a township of another
     * county is a transfer-out, 422).
     */
    public static void checkWithinCounty(String countyCode, String currentTownship, String toTownship, String toCounty) {
        if (!countyCode.equals(toCounty)) {
            throw ProblemException.lawViolated("transfer-within-county", "社区矫正法第27条: " + toTownship
                    + " is in another county (" + toCounty + "): a change of 执行地 to another county is transfer-out");
        }
        if (currentTownship.equals(toTownship)) {
            throw ProblemException.invalid("toTownshipCode", "is already the township of the record");
        }
    }

    /** 社区矫正法第27条: transfer-out names another county (this county's own code is a transfer within it, 400). */
    public static void checkOtherCounty(String countyCode, String toCounty) {
        if (countyCode.equals(toCounty)) {
            throw ProblemException.invalid("toCountyCode", "is this county: a change of township within it is transfer");
        }
    }

    /**
     * The township that supervised the person on {@code day}: the target of the latest transfer on or before it, else
     * the first transfer's origin, else {@code current} (no transfer). The figures of a day count there.
     */
    public static String townshipOn(List<History.Transfer> transfers, String current, LocalDate day) {
        if (transfers.isEmpty()) {
            return current;
        }
        String t = transfers.get(0).fromTownshipCode();
        for (History.Transfer x : transfers) {
            if (!x.on().isAfter(day)) {
                t = x.toTownshipCode();
            }
        }
        return t;
    }
}
