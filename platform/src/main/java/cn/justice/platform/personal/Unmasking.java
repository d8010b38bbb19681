package cn.justice.platform.personal;

import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.security.Caller;
import cn.justice.platform.security.Roles;

/** {@code ?unmask=true} on a single record: county-admin only (anyone else 403), DESIGN §4. */
public final class Unmasking {
    private Unmasking() {
    }

    /** @return whether the response may show personal data in clear */
    public static boolean requested(Caller caller, String unmaskParam) {
        if (unmaskParam == null || unmaskParam.isBlank() || unmaskParam.equalsIgnoreCase("false")) {
            return false;
        }
        if (!unmaskParam.equalsIgnoreCase("true")) {
            throw ProblemException.invalid("unmask", "must be true or false");
        }
        if (!caller.has(Roles.COUNTY_ADMIN)) {
            throw ProblemException.forbidden("only a county-admin may unmask personal data");
        }
        return true;
    }
}
