package cn.justice.platform.security;

import java.util.Set;

/**
 * Who is calling, from the verified JWT: subject, roles, county and (for township roles) township.
 * A plain value so that scope rules can be unit-tested without a token.
 */
public record Caller(String subject, Set<String> roles, String countyCode, String townshipCode) {

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** A township officer is confined to its township; every other role sees its whole county. */
    public boolean townshipScoped() {
        return has(Roles.TOWNSHIP_OFFICER) && !has(Roles.COUNTY_ADMIN);
    }

    /** The first role, for audit records. */
    public String primaryRole() {
        for (String r : new String[]{Roles.COUNTY_ADMIN, Roles.AUDITOR, Roles.INTEGRATION, Roles.TOWNSHIP_OFFICER}) {
            if (has(r)) {
                return r;
            }
        }
        return roles.isEmpty() ? "none" : roles.iterator().next();
    }
}
