package cn.justice.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.Set;

/** The request's {@link Caller}, read from the verified bearer token (claims of DESIGN §4). */
@RequestScoped
public class CurrentCaller {
    public static final String COUNTY_CLAIM = "county_code";
    public static final String TOWNSHIP_CLAIM = "township_code";

    @Inject
    SecurityIdentity identity;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = read();
        }
        return caller;
    }

    private Caller read() {
        Principal p = identity.getPrincipal();
        if (identity.isAnonymous() || p == null) {
            return new Caller("anonymous", Set.of(), null, null);
        }
        String county = null;
        String township = null;
        if (p instanceof JsonWebToken jwt) {
            county = claim(jwt, COUNTY_CLAIM);
            township = claim(jwt, TOWNSHIP_CLAIM);
        }
        return new Caller(p.getName(), Set.copyOf(identity.getRoles()), county, township);
    }

    private static String claim(JsonWebToken jwt, String name) {
        Object v = jwt.getClaim(name);
        if (v == null) {
            return null;
        }
        String s = v instanceof jakarta.json.JsonString js ? js.getString() : v.toString();
        return s.isBlank() || "-".equals(s) ? null : s;
    }
}
