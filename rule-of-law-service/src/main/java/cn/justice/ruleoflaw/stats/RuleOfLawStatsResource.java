package cn.justice.ruleoflaw.stats;

import cn.justice.platform.stats.Stats;
import cn.justice.platform.stats.StatsEndpoint;
import cn.justice.platform.stats.StatsEndpoint.Api;
import cn.justice.platform.stats.StatsQuery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/v1/rule-of-law/stats}: the measures of the rule-of-law line (DESIGN §13) from the service's own
 * tables. Flows count records by their own date within [from, to]; yearly figures (selections, honours, assistance)
 * count on 1 January of their year. County records (reconsiderations, document reviews, selections, honours and the
 * county-wide officers, inspections and projects) count for the county only.
 */
@Path("/api/v1/rule-of-law/stats")
@Tag(name = "Stats", description = "Source-of-truth counts for the gateway's reconciliation")
public class RuleOfLawStatsResource extends StatsEndpoint {
    static final String CLOSED = "status IN ('DECIDED', 'MEDIATED', 'SETTLED', 'TERMINATED') AND closed_on BETWEEN ?2 AND ?3";
    static final String YEAR = "make_date(year, 1, 1) BETWEEN ?2 AND ?3";

    public static final Api API = Api.of(RuleOfLawStatsResource.class, "rule-of-law",
            """
                    Flows in [from, to]: reconsiderations_received by appliedOn; reconsiderations_accepted by \
                    acceptedOn; reconsiderations_decided (审结: DECIDED, MEDIATED, SETTLED or TERMINATED), \
                    reconsiderations_corrected (decision REVOKE, CHANGE, CONFIRM_ILLEGAL or ORDER_PERFORMANCE) and \
                    reconsiderations_on_time (closedOn ≤ decisionDueOn) by closedOn; documents_reviewed, \
                    documents_with_issues (opinion AMEND or UNLAWFUL) and documents_reviewed_on_time (opinion by dueOn) \
                    by opinionIssuedOn; exam_candidates and exam_passed by exam date; officer_training_hours by \
                    training date; enforcement_inspections, inspection_findings and inspection_findings_rectified by \
                    inspection date; projects_completed and project_investment_yuan (万元 × 10000) by completedOn. \
                    On 1 January of their year: jurors_selected, supervisors_selected, honours (and honours_national, \
                    honours_province, honours_county), assistance_villages (distinct villages), assistance_cadres, \
                    assistance_funds_yuan. County records count for the county only.""");

    @Override
    protected Stats measures(StatsQuery q) {
        String org = q.orgColumn();
        Map<String, Long> m = new LinkedHashMap<>();
        Object[] r = row("""
                SELECT count(*) FILTER (WHERE applied_on BETWEEN ?2 AND ?3), \
                count(*) FILTER (WHERE accepted_on BETWEEN ?2 AND ?3), \
                count(*) FILTER (WHERE\s""" + CLOSED + """
                        ), \
                        count(*) FILTER (WHERE decision IN ('REVOKE', 'CHANGE', 'CONFIRM_ILLEGAL', 'ORDER_PERFORMANCE') AND\s""" + CLOSED + """
                        ), \
                        count(*) FILTER (WHERE closed_on <= decision_due_on AND\s""" + CLOSED + """
                        ) \
                        FROM reconsideration WHERE\s""" + org + " = ?1", q);
        m.put("reconsiderations_received", num(r[0]));
        m.put("reconsiderations_accepted", num(r[1]));
        m.put("reconsiderations_decided", num(r[2]));
        m.put("reconsiderations_corrected", num(r[3]));
        m.put("reconsiderations_on_time", num(r[4]));
        Object[] d = row("""
                SELECT count(*), count(*) FILTER (WHERE opinion IN ('AMEND', 'UNLAWFUL')), \
                count(*) FILTER (WHERE opinion_issued_on <= due_on) \
                FROM document_review WHERE\s""" + org + " = ?1 AND opinion_issued_on BETWEEN ?2 AND ?3", q);
        m.put("documents_reviewed", num(d[0]));
        m.put("documents_with_issues", num(d[1]));
        m.put("documents_reviewed_on_time", num(d[2]));
        Object[] e = row("""
                SELECT count(*), count(*) FILTER (WHERE (x->>'passed')::boolean) FROM enforcement_officer o, \
                jsonb_array_elements(o.exams) x WHERE o.""" + org + " = ?1 AND (x->>'date')::date BETWEEN ?2 AND ?3", q);
        m.put("exam_candidates", num(e[0]));
        m.put("exam_passed", num(e[1]));
        m.put("officer_training_hours", num(row("""
                SELECT coalesce(sum((x->>'hours')::bigint), 0), 0 FROM enforcement_officer o, \
                jsonb_array_elements(o.trainings) x WHERE o.""" + org + " = ?1 AND (x->>'date')::date BETWEEN ?2 AND ?3", q)[0]));
        Object[] i = row("""
                SELECT count(*), coalesce(sum(findings), 0), coalesce(sum(rectified), 0) FROM enforcement_inspection \
                WHERE\s""" + org + " = ?1 AND inspected_on BETWEEN ?2 AND ?3", q);
        m.put("enforcement_inspections", num(i[0]));
        m.put("inspection_findings", num(i[1]));
        m.put("inspection_findings_rectified", num(i[2]));
        Object[] s = row("""
                SELECT coalesce(sum(selected) FILTER (WHERE kind = 'JUROR'), 0), \
                coalesce(sum(selected) FILTER (WHERE kind = 'SUPERVISOR'), 0) FROM assessor_selection \
                WHERE\s""" + org + " = ?1 AND " + YEAR, q);
        m.put("jurors_selected", num(s[0]));
        m.put("supervisors_selected", num(s[1]));
        Object[] h = row("""
                SELECT count(*), count(*) FILTER (WHERE level = 'NATIONAL'), count(*) FILTER (WHERE level = 'PROVINCE'), \
                count(*) FILTER (WHERE level = 'COUNTY') FROM honour WHERE\s""" + org + " = ?1 AND " + YEAR, q);
        m.put("honours", num(h[0]));
        m.put("honours_national", num(h[1]));
        m.put("honours_province", num(h[2]));
        m.put("honours_county", num(h[3]));
        Object[] p = row("""
                SELECT count(*), coalesce(sum(round(investment * 10000)), 0) FROM project \
                WHERE\s""" + org + " = ?1 AND completed_on BETWEEN ?2 AND ?3", q);
        m.put("projects_completed", num(p[0]));
        m.put("project_investment_yuan", num(p[1]));
        Object[] a = row("""
                SELECT count(DISTINCT village_code), coalesce(sum(cadres), 0), coalesce(sum(round(funds * 10000)), 0) \
                FROM assistance_village WHERE\s""" + org + " = ?1 AND " + YEAR, q);
        m.put("assistance_villages", num(a[0]));
        m.put("assistance_cadres", num(a[1]));
        m.put("assistance_funds_yuan", num(a[2]));
        return new Stats(q.orgCode(), q.from(), q.to(), m);
    }

    private Object[] row(String sql, StatsQuery q) {
        return (Object[]) em.createNativeQuery(sql).setParameter(1, q.orgCode()).setParameter(2, q.from())
                .setParameter(3, q.to()).getSingleResult();
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }
}
