package cn.justice.platform.personal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Resident identity card numbers (公民身份号码, GB 11643-1999): 17 digits (6-digit division code, birth date
 * YYYYMMDD, 3-digit sequence whose parity gives the sex) and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
public final class IdNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** The zone whose calendar date is the latest on Earth (Line Islands). */
    private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(14);
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumbers() {
    }

    /** Upper-cases a trailing x; null stays null. */
    public static String normalize(String id) {
        return id == null ? null : id.trim().toUpperCase();
    }

    /**
     * Why the number is invalid, or null when it is valid. The birth date may be at most the latest calendar date
     * anywhere (UTC+14): a format check that never depends on the host's zone (a record's birth date is checked
     * against the bureau's day by its own {@code @PastOrPresent}).
     */
    public static String problem(String raw) {
        return problem(raw, LocalDate.now(LATEST_ZONE));
    }

    /** Why the number is invalid, or null when it is valid; a birth date after {@code today} is out of range. */
    public static String problem(String raw, LocalDate today) {
        String id = normalize(raw);
        if (id == null || id.length() != 18) {
            return "must be 18 characters";
        }
        for (int i = 0; i < 17; i++) {
            char ch = id.charAt(i);
            if (ch < '0' || ch > '9') {
                return "the first 17 characters must be digits";
            }
        }
        LocalDate birth = birthDate(id);
        if (birth == null) {
            return "contains no valid birth date";
        }
        if (birth.isAfter(today) || birth.getYear() < 1900) {
            return "birth date out of range";
        }
        if (id.charAt(17) != checkCharacter(id)) {
            return "check digit does not match";
        }
        return null;
    }

    public static boolean isValid(String id) {
        return problem(id) == null;
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** Birth date of a well-formed number, or null. */
    public static LocalDate birthDate(String id) {
        try {
            return LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** MALE for an odd sequence digit, FEMALE for an even one. */
    public static String gender(String id) {
        return (id.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE";
    }
}
