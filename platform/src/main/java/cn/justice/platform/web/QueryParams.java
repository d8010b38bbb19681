package cn.justice.platform.web;

import cn.justice.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Parses query parameters that JAX-RS would otherwise turn into a 404 when malformed (its rule for query
 * parameter conversion failures): enums and dates arrive as strings and bad values become a 400 problem.
 */
public final class QueryParams {
    private QueryParams() {
    }

    /** A text filter: trimmed, or null when absent or blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "unknown value; allowed: "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date YYYY-MM-DD");
        }
    }

    public static Boolean bool(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalid(field, "must be true or false");
        };
    }

    public static Integer integer(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "must be an integer");
        }
    }

    public static java.util.UUID uuid(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be a UUID");
        }
    }

    /** A period given by required {@code from} and {@code to} query parameters. */
    public record DateRange(LocalDate from, LocalDate to) {
    }

    /** Both dates required (400 naming the missing one), from ≤ to. */
    public static DateRange requiredRange(String from, String to) {
        LocalDate f = date(from, "from");
        LocalDate t = date(to, "to");
        if (f == null || t == null) {
            throw ProblemException.invalid(f == null ? "from" : "to", "is required");
        }
        range(f, t);
        return new DateRange(f, t);
    }

    /** Optional {@code from} and {@code to} dates (each may be null), from ≤ to when both are given. */
    public static DateRange optionalRange(String from, String to) {
        LocalDate f = date(from, "from");
        LocalDate t = date(to, "to");
        range(f, t);
        return new DateRange(f, t);
    }

    /** Checks from ≤ to when both are given. */
    public static void range(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.invalid("from", "must not be after 'to'");
        }
    }
}
