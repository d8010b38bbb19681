package cn.justice.platform.web;

/** Free text as the records keep it. */
public final class Texts {
    private Texts() {
    }

    /** An optional text (a reason, a note, a phone number): stripped, or null when absent or blank. */
    public static String stripToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
