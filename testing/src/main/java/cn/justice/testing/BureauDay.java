package cn.justice.testing;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The bureau's calendar day for test data ("today", "tomorrow"): the applications date everything in Asia/Shanghai,
 * so a test that sends "tomorrow" computed from the host's zone would send Beijing's today between 16:00 and 24:00
 * UTC.
 */
public final class BureauDay {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BureauDay() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
