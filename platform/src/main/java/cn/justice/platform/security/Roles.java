package cn.justice.platform.security;

/** The roles of DESIGN §4 (JWT {@code groups}). */
public final class Roles {
    /** All of its county. */
    public static final String COUNTY_ADMIN = "county-admin";
    /** Read and write only its own township ({@code township_code}). */
    public static final String TOWNSHIP_OFFICER = "township-officer";
    /** Read-only, whole county, sees the audit log. */
    public static final String AUDITOR = "auditor";
    /** System clients: read, create and actions in its county. */
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
