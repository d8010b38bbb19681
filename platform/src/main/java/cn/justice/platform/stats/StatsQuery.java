package cn.justice.platform.stats;

import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.security.Caller;
import cn.justice.platform.security.TownshipScope;
import cn.justice.platform.web.QueryParams;

import java.time.LocalDate;

/**
 * The checked parameters of every service's {@code GET …/stats}: an org unit the caller may read (county or township;
 * a township officer only its own), a required date range, and the column that selects the org unit's records.
 *
 * @param orgColumn {@code county_code} for a county, {@code township_code} for a township
 */
public record StatsQuery(String orgCode, LocalDate from, LocalDate to, String orgColumn) {
    /** @throws ProblemException 400 for a missing or unknown org code or a bad range, 403 outside the caller's scope */
    public static StatsQuery of(Caller caller, OrgDirectory orgs, String orgCode, String from, String to) {
        if (orgCode == null) {
            throw ProblemException.invalid("orgCode", "is required");
        }
        TownshipScope.readableOrg(caller, orgCode, orgs);
        QueryParams.DateRange range = QueryParams.requiredRange(from, to);
        return new StatsQuery(orgCode, range.from(), range.to(), orgCode.length() == 6 ? "county_code" : "township_code");
    }

    public boolean county() {
        return "county_code".equals(orgColumn);
    }
}
