package cn.justice.correction.stats;

import cn.justice.platform.stats.Stats;
import cn.justice.platform.stats.StatsEndpoint;
import cn.justice.platform.stats.StatsEndpoint.Api;
import cn.justice.platform.stats.StatsQuery;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Source-of-truth counts of the correction line (DESIGN §7 measure names), the figures the gateway's read model must
 * reproduce from the events (gateway {@code CorrectionContributions}).
 * <p>
 * Flows, by the record's own date in [from, to]: subjects_received by {@code receivedOn}; subjects_reported by
 * {@code reportedOn} (first report or handover, 社区矫正法第21条), subjects_reported_on_time the same when that report or
 * handover was within its 10 days ({@code intakeOnTime}); subjects_reoffended
 * by the first re-offence's date; subjects_terminated (解除矫正, status TERMINATED) by {@code endedOn};
 * released_registered, released_connected (衔接 recorded) and released_placed (安置 recorded) all by the released
 * person's {@code releasedOn}, so connected/registered is the rate of one cohort; released_connected_on_time, by
 * {@code releasedOn} too, the connected ones whose connection was not late ({@code ReleasedRules.connectedOnTime}: a
 * 重点帮教对象 connected on or before {@code releasedOn}, 必接必送; anyone else whenever connected). A close (from any
 * open state) changes none of the four: the person stays in the cohort of the release.
 * <p>
 * Stocks, at the end of {@code to} (in on the day it enters, out on the day it leaves): subjects_active from
 * {@code reportedOn} (接收: 报到入矫 or the handover) until {@code endedOn} (a MISSING or REVOCATION_PROPOSED person is
 * still under correction; revocation, death, termination or transfer-out end it); subjects_missing inside a missing
 * period (from the lost-contact date until the day the person came back or the correction ended; a revocation
 * proposal does not end it); monitoring_active inside a monitoring period (from its first day until its {@code endsOn}).
 * <p>
 * A township's figures follow transfers (社区矫正法第27条): each flow counts in the township that supervised the
 * person on its date, each stock in the township of the end of {@code to} ({@code subject_township_on}).
 */
@Path("/api/v1/correction/stats")
@Tag(name = "Stats", description = "Source-of-truth counts for the gateway's reconciliation")
public class CorrectionStatsResource extends StatsEndpoint {
    public static final Api API = Api.of(CorrectionStatsResource.class, "correction",
            """
                    Flows count records whose own date lies in [from, to]: subjects_received (receivedOn), \
                    subjects_reported and subjects_reported_on_time (reportedOn), subjects_reoffended (first \
                    re-offence), subjects_terminated (解除矫正 date), released_registered / released_connected / \
                    released_placed / released_connected_on_time (releasedOn; on time: a key person connected on or \
                    before releasedOn, anyone else whenever connected). Stocks are the state at the end of `to`: subjects_active (reported, \
                    correction not ended; MISSING included), subjects_missing (inside a missing period), \
                    monitoring_active (inside a monitoring period).""");

    @Override
    protected Stats measures(StatsQuery q) {
        LocalDate f = q.from();
        LocalDate t = q.to();
        String org = q.orgColumn();
        // 社区矫正法第27条: a transferred person counts, on each date, in the township that supervised them then
        boolean county = q.county();
        java.util.function.Function<String, String> at = day -> county ? "" : " AND subject_township_on(township_code, transfers, " + day + ") = ?1";
        String where = county ? "county_code = ?1"
                : "(township_code = ?1 OR (transfers <> '[]'::jsonb AND county_code = left(?1, 6)))";
        Object[] s = (Object[]) em.createNativeQuery("""
                SELECT \
                count(*) FILTER (WHERE received_on BETWEEN ?2 AND ?3""" + at.apply("received_on") + """
                                ), \
                                count(*) FILTER (WHERE status = 'TERMINATED' AND ended_on BETWEEN ?2 AND ?3""" + at.apply("ended_on") + """
                                ), \
                                count(*) FILTER (WHERE reported_on <= ?3 AND (ended_on IS NULL OR ended_on > ?3)""" + at.apply("?3") + """
                                ), \
                                count(*) FILTER (WHERE reoffended_on BETWEEN ?2 AND ?3""" + at.apply("reoffended_on") + """
                                ), \
                                count(*) FILTER (WHERE reported_on BETWEEN ?2 AND ?3""" + at.apply("reported_on") + """
                                ), \
                                count(*) FILTER (WHERE intake_on_time AND reported_on BETWEEN ?2 AND ?3""" + at.apply("reported_on") + """
                                ), \
                                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(missing_periods) p \
                                  WHERE (p->>'from')::date <= ?3 AND (p->>'to' IS NULL OR (p->>'to')::date > ?3))""" + at.apply("?3") + """
                                ), \
                                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(monitoring_periods) p \
                                  WHERE (p->>'from')::date <= ?3 AND (p->>'endsOn')::date > ?3)""" + at.apply("?3") + """
                                ) \
                                FROM subject WHERE\s""" + where)
                .setParameter(1, q.orgCode()).setParameter(2, f).setParameter(3, t).getSingleResult();
        Object[] r = (Object[]) em.createNativeQuery("""
                SELECT \
                count(*), \
                count(*) FILTER (WHERE connected_on IS NOT NULL), \
                count(*) FILTER (WHERE placed_on IS NOT NULL), """
                        // ReleasedRules.connectedOnTime
                        + """
                                count(*) FILTER (WHERE connected_on IS NOT NULL AND NOT (key_person AND connected_on > released_on)) \
                                FROM released_person WHERE\s""" + org + " = ?1 AND released_on BETWEEN ?2 AND ?3")
                .setParameter(1, q.orgCode()).setParameter(2, f).setParameter(3, t).getSingleResult();
        Map<String, Long> m = new LinkedHashMap<>();
        String[] subjectMeasures = {"subjects_received", "subjects_terminated", "subjects_active", "subjects_reoffended",
                "subjects_reported", "subjects_reported_on_time", "subjects_missing", "monitoring_active"};
        for (int i = 0; i < subjectMeasures.length; i++) {
            m.put(subjectMeasures[i], ((Number) s[i]).longValue());
        }
        m.put("released_registered", ((Number) r[0]).longValue());
        m.put("released_connected", ((Number) r[1]).longValue());
        m.put("released_placed", ((Number) r[2]).longValue());
        m.put("released_connected_on_time", ((Number) r[3]).longValue());
        return new Stats(q.orgCode(), f, t, m);
    }
}
