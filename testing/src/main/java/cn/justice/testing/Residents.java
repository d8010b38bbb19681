package cn.justice.testing;

import cn.justice.platform.personal.IdNumbers;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Resident ID numbers (GB 11643) for test data. */
public final class Residents {
    /** Valid ID numbers: an adult born 1985, a child born 2010, an elderly person born 1950. */
    public static final String ADULT_ID = "519901198503121235";
    public static final String CHILD_ID = "519901201005014562";
    public static final String ELDER_ID = "519901195001017899";
    private static final AtomicInteger SEQ = new AtomicInteger(100);

    private Residents() {
    }

    /** A valid ID number of someone born on {@code birth}; a new sequence each call. */
    public static String idNumber(LocalDate birth) {
        String first17 = "519901" + birth.toString().replace("-", "") + String.format("%03d", SEQ.incrementAndGet() % 1000);
        return first17 + IdNumbers.checkCharacter(first17);
    }
}
