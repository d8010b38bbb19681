package cn.justice.publicity.stats;

import cn.justice.platform.stats.Stats;
import cn.justice.platform.stats.StatsEndpoint;
import cn.justice.platform.stats.StatsEndpoint.Api;
import cn.justice.platform.stats.StatsQuery;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

@Path("/api/v1/publicity/stats")
@Tag(name = "Stats", description = "Source-of-truth counts for the gateway's reconciliation")
public class PublicityStatsResource extends StatsEndpoint {
    public static final Api API = Api.of(PublicityStatsResource.class, "publicity",
            """
                    activities_held, participants, materials_distributed: HELD activities with heldOn in [from, to], \
                    their latest (corrected) figures. sms_sent: campaigns with sentOn in [from, to]; county-wide \
                    campaigns count for the county only. seven_into_covered: distinct township × venue (法律七进) pairs \
                    with at least one HELD activity in the range (for a township: its venues). townships_total: \
                    townships of the county (1 for a township). survey_respondents/aware/satisfied: surveys of the years \
                    whose 1 January lies in [from, to] (as the gateway counts them). 谁执法谁普法: units_plan_items and units_activities_planned sum the \
                    responsible units' year plans (items, plannedActivities) of the years whose 1 January lies in \
                    [from, to] (county records: 0 for a township); units_activities_held: HELD activities organised by \
                    a responsible unit with heldOn in [from, to]. activities_case_explanation (以案释法): HELD \
                    activities of format CASE_EXPLANATION with heldOn in [from, to].""");

    @Override
    protected Stats measures(StatsQuery q) {
        LocalDate f = q.from();
        LocalDate t = q.to();
        String org = q.orgColumn();
        boolean county = q.county();
        Object[] a = (Object[]) em.createNativeQuery("""
                SELECT count(*), coalesce(sum(participants), 0), \
                coalesce(sum(materials_distributed), 0), count(DISTINCT (township_code, venue)), \
                count(*) FILTER (WHERE organizer_unit_id IS NOT NULL), \
                count(*) FILTER (WHERE format = 'CASE_EXPLANATION') \
                FROM activity WHERE\s""" + org + " = ?1 AND status = 'HELD' AND held_on BETWEEN ?2 AND ?3")
                .setParameter(1, q.orgCode()).setParameter(2, f).setParameter(3, t).getSingleResult();
        Number sms = (Number) em.createNativeQuery("SELECT coalesce(sum(messages_sent), 0) FROM sms_campaign WHERE "
                        + org + " = ?1 AND sent_on BETWEEN ?2 AND ?3")
                .setParameter(1, q.orgCode()).setParameter(2, f).setParameter(3, t).getSingleResult();
        Object[] s = (Object[]) em.createNativeQuery("""
                SELECT coalesce(sum(respondents), 0), coalesce(sum(aware), 0), \
                coalesce(sum(satisfied), 0) FROM survey WHERE\s""" + org + " = ?1 AND make_date(year, 1, 1) BETWEEN ?2 AND ?3")
                .setParameter(1, q.orgCode()).setParameter(2, f).setParameter(3, t).getSingleResult();
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("activities_held", num(a[0]));
        m.put("participants", num(a[1]));
        m.put("materials_distributed", num(a[2]));
        m.put("sms_sent", sms.longValue());
        m.put("seven_into_covered", num(a[3]));
        m.put("townships_total", county ? (long) orgs.townships(q.orgCode()).size() : 1L);
        m.put("survey_respondents", num(s[0]));
        m.put("survey_aware", num(s[1]));
        m.put("survey_satisfied", num(s[2]));
        m.put("activities_case_explanation", num(a[5]));
        m.putAll(units(org, q.orgCode(), f, t));
        m.put("units_activities_held", num(a[4]));
        return new Stats(q.orgCode(), f, t, m);
    }

    /**
     * 谁执法谁普法 (seed §二(一)): the responsibility items and planned activities of the units' year plans, each year
     * counted on its 1 January (the gateway's rule for the same measures). Units are county records.
     */
    private Map<String, Long> units(String orgColumn, String orgCode, LocalDate from, LocalDate to) {
        Object[] u = (Object[]) em.createNativeQuery("""
                SELECT coalesce(sum(jsonb_array_length(y -> 'items')), 0), \
                coalesce(sum((y ->> 'plannedActivities')::int), 0) \
                FROM responsible_unit r CROSS JOIN LATERAL jsonb_array_elements(r.years) y WHERE r.""" + orgColumn
                        + " = ?1 AND make_date((y ->> 'year')::int, 1, 1) BETWEEN ?2 AND ?3")
                .setParameter(1, orgCode).setParameter(2, from).setParameter(3, to).getSingleResult();
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("units_plan_items", num(u[0]));
        m.put("units_activities_planned", num(u[1]));
        return m;
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }
}
