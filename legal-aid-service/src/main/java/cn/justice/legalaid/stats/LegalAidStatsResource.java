package cn.justice.legalaid.stats;

import cn.justice.platform.stats.Stats;
import cn.justice.platform.stats.StatsEndpoint;
import cn.justice.platform.stats.StatsEndpoint.Api;
import cn.justice.platform.stats.StatsQuery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/v1/legal-aid/stats}: the legal-aid measures of DESIGN §7 from the service's own tables, by the same
 * rules the gateway applies to the events (flows by the record's own date within [from, to]; stocks at the end of
 * {@code to}).
 */
@Path("/api/v1/legal-aid/stats")
@Tag(name = "Stats", description = "Source-of-truth counts for the gateway's reconciliation")
public class LegalAidStatsResource extends StatsEndpoint {
    public static final Api API = Api.of(LegalAidStatsResource.class, "legal aid",
            """
                    Flows in [from, to]: applications_received by receivedOn; applications_decided, \
                    applications_granted (decision GRANTED, also once ASSIGNED or CLOSED), eligible_decided, \
                    eligible_granted and decided_within_deadline by the decision date (an eligible application denied \
                    counts in eligible_decided only); assigned_within_deadline (法律援助法第43条) by the decision date \
                    too, the same cohort as applications_granted: granted and assigned on or before assignmentDueOn \
                    (decision + 3 days; an emergency assignment before the decision is in time), whenever the \
                    assignment happened; cases_closed by closedOn; subsidies_paid (第52条) by closedOn: the sum of the \
                    closed cases' subsidyAmount in whole yuan, each case rounded half up; consultations, notarizations \
                    and duty_lawyer_services (值班律师, 第30条): sums of count by date (county-wide notarizations and \
                    duty lawyer entries count for the county only). Stocks at the end of to: \
                    workstations_active (openedOn ≤ to, not closed on or before to), townships_with_workstation \
                    (distinct townships of those), villages_with_advisor (distinct villages with an advisor period \
                    covering to, inclusive of its last day). villages_total: villages and communities of the org \
                    directory under orgCode.""");

    @Override
    protected Stats measures(StatsQuery q) {
        LocalDate f = q.from();
        LocalDate t = q.to();
        String org = q.orgColumn();
        String decided = "decided_on BETWEEN ?2 AND ?3";
        Object[] a = (Object[]) em.createNativeQuery("""
                SELECT \
                count(*) FILTER (WHERE received_on BETWEEN ?2 AND ?3), \
                count(*) FILTER (WHERE\s""" + decided + """
                                ), \
                                count(*) FILTER (WHERE decision = 'GRANTED' AND\s""" + decided + """
                                ), \
                                count(*) FILTER (WHERE eligible AND\s""" + decided + """
                                ), \
                                count(*) FILTER (WHERE eligible AND decision = 'GRANTED' AND\s""" + decided + """
                                ), \
                                count(*) FILTER (WHERE decided_within_deadline AND\s""" + decided + """
                                ), \
                                count(*) FILTER (WHERE status = 'CLOSED' AND closed_on BETWEEN ?2 AND ?3), \
                                count(*) FILTER (WHERE decision = 'GRANTED' AND assigned_within_deadline AND\s""" + decided + """
                                ), \
                                coalesce(sum(round(subsidy_amount)) FILTER (WHERE status = 'CLOSED' AND closed_on BETWEEN ?2 AND ?3), 0) \
                                FROM application WHERE\s""" + org + " = ?1")
                .setParameter(1, q.orgCode()).setParameter(2, f).setParameter(3, t).getSingleResult();
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("applications_received", num(a[0]));
        m.put("applications_decided", num(a[1]));
        m.put("applications_granted", num(a[2]));
        m.put("eligible_decided", num(a[3]));
        m.put("eligible_granted", num(a[4]));
        m.put("decided_within_deadline", num(a[5]));
        m.put("cases_closed", num(a[6]));
        m.put("assigned_within_deadline", num(a[7]));
        m.put("subsidies_paid", num(a[8]));
        m.put("consultations", sum("consultation", org, q.orgCode(), f, t));
        m.put("notarizations", sum("notarization", org, q.orgCode(), f, t));
        m.put("duty_lawyer_services", sum("duty_lawyer_service", org, q.orgCode(), f, t));
        Object[] w = (Object[]) em.createNativeQuery("""
                SELECT count(*), count(DISTINCT township_code) FROM workstation \
                WHERE\s""" + org + " = ?1 AND opened_on <= ?2 AND (closed_on IS NULL OR closed_on > ?2)")
                .setParameter(1, q.orgCode()).setParameter(2, t).getSingleResult();
        m.put("workstations_active", num(w[0]));
        m.put("townships_with_workstation", num(w[1]));
        m.put("villages_total", (long) orgs.villages(q.orgCode()).size());
        m.put("villages_with_advisor", num(em.createNativeQuery("""
                SELECT count(DISTINCT village_code) FROM village_advisor \
                WHERE\s""" + org + " = ?1 AND valid_from <= ?2 AND (valid_to IS NULL OR valid_to >= ?2)")
                .setParameter(1, q.orgCode()).setParameter(2, t).getSingleResult()));
        return new Stats(q.orgCode(), f, t, m);
    }

    /** Sum of {@code count} of a register's entries dated in [from, to]. */
    private long sum(String table, String orgColumn, String orgCode, LocalDate from, LocalDate to) {
        return num(em.createNativeQuery("SELECT coalesce(sum(count), 0) FROM " + table + " WHERE " + orgColumn
                        + " = ?1 AND date BETWEEN ?2 AND ?3")
                .setParameter(1, orgCode).setParameter(2, from).setParameter(3, to).getSingleResult());
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }
}
