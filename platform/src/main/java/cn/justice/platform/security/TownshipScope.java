package cn.justice.platform.security;

import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.org.OrgUnit;
import cn.justice.platform.problem.ProblemException;

/**
 * The scope rule of DESIGN §4, in one place: a township officer reads and writes only its own township; records
 * elsewhere (another township, another county) look as if they did not exist (404), creating one elsewhere is
 * 403, lists silently filter to the caller's township. Every other role sees its whole county.
 */
public final class TownshipScope {
    private TownshipScope() {
    }

    /** May the caller see a record of this county/township? */
    public static boolean canSee(Caller caller, String countyCode, String townshipCode) {
        if (caller.countyCode() == null || !caller.countyCode().equals(countyCode)) {
            return false;
        }
        if (caller.townshipScoped()) {
            return townshipCode != null && townshipCode.equals(caller.townshipCode());
        }
        return true;
    }

    /** Throws 404 (existence not revealed) when the caller may not see the record. */
    public static void requireVisible(Caller caller, String countyCode, String townshipCode, String what, Object id) {
        if (!canSee(caller, countyCode, townshipCode)) {
            throw ProblemException.notFound(what, id);
        }
    }

    /** Throws 403 when the caller may not create a record in this county/township. */
    public static void requireCreatable(Caller caller, String countyCode, String townshipCode) {
        if (caller.countyCode() == null || !caller.countyCode().equals(countyCode)) {
            throw ProblemException.forbidden("you may only create records in county " + caller.countyCode());
        }
        if (caller.townshipScoped() && (townshipCode == null || !townshipCode.equals(caller.townshipCode()))) {
            throw ProblemException.forbidden("a township officer may only create records in township " + caller.townshipCode());
        }
    }

    /**
     * The township filter a list must apply: the caller's township for a township officer (whatever was asked:
     * a list silently filters), else the requested one (may be null for the whole county).
     */
    public static String listTownship(Caller caller, String requestedTownship) {
        if (caller.townshipScoped()) {
            if (caller.townshipCode() == null) {
                // a township role without its township would otherwise list the whole county
                throw ProblemException.forbidden("the token of a township officer must carry township_code");
            }
            return caller.townshipCode();
        }
        return requestedTownship;
    }

    /**
     * The org unit an org-level query is about: {@code orgCode} (county or township, else 400), by default the
     * caller's township or county; readable by the caller (else 403, see {@link #requireOrgReadable}).
     */
    public static OrgUnit readableOrg(Caller caller, String orgCode, OrgDirectory orgs) {
        String org = orgCode != null ? orgCode : caller.townshipScoped() ? caller.townshipCode() : caller.countyCode();
        OrgUnit unit = orgs.requireCountyOrTownship("orgCode", org);
        requireOrgReadable(caller, org);
        return unit;
    }

    /**
     * For an org-level query ({@code orgCode} = county or township): a township officer may only ask for its own
     * township; anything else is 403 (an aggregate, not a record, so nothing is hidden by a 404).
     */
    public static void requireOrgReadable(Caller caller, String orgCode) {
        if (orgCode == null) {
            return;
        }
        String county = orgCode.length() >= 6 ? orgCode.substring(0, 6) : orgCode;
        if (!county.equals(caller.countyCode())) {
            throw ProblemException.forbidden("you may only read figures of county " + caller.countyCode());
        }
        if (caller.townshipScoped() && !orgCode.equals(caller.townshipCode())) {
            throw ProblemException.forbidden("a township officer may only read figures of township " + caller.townshipCode());
        }
    }
}
