package cn.justice.e2e.security;

import cn.justice.testing.DevTokens;
import cn.justice.testing.HostileTokens;

import java.util.function.Supplier;

/**
 * The callers of the access-control matrix (DESIGN §4), in the order of its columns. "own" and "other" are relative
 * to the record's township, {@link SecurityStack#TOWN}.
 */
public enum Caller {
    NONE("none", () -> null),
    GARBAGE("garbage", HostileTokens::garbage),
    ALG_NONE("alg-none", HostileTokens::unsigned),
    FORGED("forged", HostileTokens::forged),
    EXPIRED("expired", HostileTokens::expired),
    WRONG_ISSUER("wrong-issuer", HostileTokens::wrongIssuer),
    COUNTY_ADMIN("county-admin", DevTokens::countyAdmin),
    OFFICER_OWN("officer-own", () -> DevTokens.townshipOfficer(SecurityStack.TOWN)),
    OFFICER_OTHER("officer-other", () -> DevTokens.townshipOfficer(SecurityStack.OTHER_TOWN)),
    AUDITOR("auditor", DevTokens::auditor),
    INTEGRATION("integration", DevTokens::integration),
    OTHER_COUNTY("other-county", () -> DevTokens.token("county-admin", null, SecurityStack.OTHER_COUNTY));

    private final String column;
    private final Supplier<String> tokens;
    private volatile String token;

    Caller(String column, Supplier<String> tokens) {
        this.column = column;
        this.tokens = tokens;
    }

    /** The column heading in the matrix. */
    public String column() {
        return column;
    }

    /** The bearer token (null: no Authorization header); made once, valid for an hour. */
    public String token() {
        if (token == null && this != NONE) {
            token = tokens.get();
        }
        return token;
    }

    public boolean authenticated() {
        return ordinal() >= COUNTY_ADMIN.ordinal();
    }

    public static Caller byColumn(String column) {
        for (Caller c : values()) {
            if (c.column.equals(column)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no caller column " + column);
    }
}
