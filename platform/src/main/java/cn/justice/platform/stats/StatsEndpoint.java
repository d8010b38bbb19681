package cn.justice.platform.stats;

import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Base of every service's {@code GET …/stats} resource: the database it counts in and the checked parameters
 * ({@link StatsQuery}). The subclass keeps its own counts (the measure names of DESIGN §7).
 */
public abstract class StatsEndpoint {
    @Inject
    protected EntityManager em;
    @Inject
    protected OrgDirectory orgs;
    @Inject
    CurrentCaller caller;

    /** The org unit (the caller may read it) and the required date range, checked: 400/404 otherwise. */
    protected StatsQuery query(String orgCode, String from, String to) {
        return StatsQuery.of(caller.get(), orgs, orgCode, from, to);
    }
}
