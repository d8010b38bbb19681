package cn.justice.e2e.security;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Distinctive personal data the tests write (names 测试隐私甲…, valid GB 11643 ID numbers, mobile numbers), and the
 * needles that find it again wherever it must not be: each needle only occurs in the unmasked value (a masked ID
 * number keeps the first 6 and the last 4 characters, a masked phone the first 3 and last 4, a masked name the first
 * character), also in JSON-escaped and percent-encoded spelling.
 */
public final class PersonalData {
    /** Every person's name starts with this. */
    public static final String NAME_STEM = "测试隐私";
    /** Region 519901 + birth year 1987 of every ID number: what only an unmasked number shows. */
    static final String ID_NEEDLE = "5199011987";
    static final String PHONE_STEM = "1398765";
    // a random start: a stack kept between runs (debugging) does not see the same numbers again
    private static final AtomicInteger SEQ = new AtomicInteger(java.util.concurrent.ThreadLocalRandom.current().nextInt(150_000));
    private static final AtomicInteger PHONES = new AtomicInteger();

    private PersonalData() {
    }

    public static String name(String suffix) {
        return NAME_STEM + suffix;
    }

    /**
     * A valid ID number never handed out before in this run: a man (odd sequence number) registered in 519901, born
     * on a day of 1987 — 500 numbers a day, 182,500 in all.
     */
    public static String idNumber() {
        int n = SEQ.getAndIncrement();
        LocalDate born = LocalDate.of(1987, 1, 1).plusDays((n / 500) % 365);
        return withCheckDigit("519901" + born.toString().replace("-", "") + String.format("%03d", (n % 500) * 2 + 1));
    }

    /** The birth date an ID number carries. */
    public static String birthDate(String idNumber) {
        return idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-" + idNumber.substring(12, 14);
    }

    /** The same number with a wrong check digit. */
    public static String invalidIdNumber() {
        String valid = idNumber();
        char c = valid.charAt(17);
        return valid.substring(0, 17) + (c == '0' ? '1' : '0');
    }

    static String withCheckDigit(String first17) {
        return first17 + cn.justice.platform.personal.IdNumbers.checkCharacter(first17);
    }

    public static String phone() {
        return PHONE_STEM + String.format("%04d", PHONES.getAndIncrement() % 10000);
    }

    /** What must never be found outside an authorised, unmasked read. */
    public static List<String> needles() {
        List<String> out = new ArrayList<>();
        for (String n : List.of(NAME_STEM, ID_NEEDLE, PHONE_STEM)) {
            out.add(n);
            if (!n.chars().allMatch(c -> c < 128)) {
                out.add(jsonEscaped(n, false));
                out.add(jsonEscaped(n, true));
                out.add(percentEncoded(n, true));
                out.add(percentEncoded(n, false));
            }
        }
        return out;
    }

    /** The needles found in {@code text}. */
    public static List<String> found(String text) {
        List<String> out = new ArrayList<>();
        for (String n : needles()) {
            if (text.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    static String jsonEscaped(String s, boolean upper) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(String.format(upper ? "\\u%04X" : "\\u%04x", c)));
        return sb.toString();
    }

    static String percentEncoded(String s, boolean upper) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            String hex = String.format("%%%02X", b & 0xff);
            sb.append(upper ? hex : hex.toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }
}
