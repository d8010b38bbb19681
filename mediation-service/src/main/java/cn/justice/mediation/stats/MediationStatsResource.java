package cn.justice.mediation.stats;

import cn.justice.platform.stats.Stats;
import cn.justice.platform.stats.StatsEndpoint;
import cn.justice.platform.stats.StatsEndpoint.Api;
import cn.justice.platform.stats.StatsQuery;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

@Path("/api/v1/mediation/stats")
@Tag(name = "Stats", description = "Source-of-truth counts for the gateway's reconciliation")
public class MediationStatsResource extends StatsEndpoint {
    public static final Api API = Api.of(MediationStatsResource.class, "mediation",
            """
                    Flows count records whose own date (registeredOn, acceptedOn, closedOn) lies in [from, to]. \
                    disputes_screened: disputes of source SCREENING (排查), by registeredOn; disputes_degu_law: \
                    mechanism DEGU_LAW (德古+法律), by registeredOn; disputes_police_linkage (人民调解+治安调解): \
                    mechanism POLICE_LINKAGE or source POLICE_REFERRAL, by registeredOn. mediator_training_hours: \
                    hours of the mediators' trainings dated in [from, to], each rounded half up to whole hours. \
                    Stocks (committees_active, committees_standardized, mediators_active, mediators_full_time, \
                    police_rooms) are the state at the end of `to`.""");

    @Override
    protected Stats measures(StatsQuery q) {
        LocalDate f = q.from();
        LocalDate t = q.to();
        String org = q.orgColumn();
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT \
                count(*) FILTER (WHERE registered_on BETWEEN ?2 AND ?3), \
                count(*) FILTER (WHERE accepted_on BETWEEN ?2 AND ?3), \
                count(*) FILTER (WHERE status = 'SUCCEEDED' AND closed_on BETWEEN ?2 AND ?3), \
                count(*) FILTER (WHERE status = 'FAILED' AND closed_on BETWEEN ?2 AND ?3), \
                count(*) FILTER (WHERE source = 'SCREENING' AND registered_on BETWEEN ?2 AND ?3), \
                count(*) FILTER (WHERE mechanism = 'DEGU_LAW' AND registered_on BETWEEN ?2 AND ?3), \
                count(*) FILTER (WHERE (mechanism = 'POLICE_LINKAGE' OR source = 'POLICE_REFERRAL') \
                AND registered_on BETWEEN ?2 AND ?3) \
                FROM dispute WHERE\s""" + org + " = ?1")
                .setParameter(1, q.orgCode()).setParameter(2, f).setParameter(3, t).getSingleResult();
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("disputes_registered", ((Number) row[0]).longValue());
        m.put("disputes_accepted", ((Number) row[1]).longValue());
        m.put("disputes_succeeded", ((Number) row[2]).longValue());
        m.put("disputes_failed", ((Number) row[3]).longValue());
        m.put("disputes_screened", ((Number) row[4]).longValue());
        m.put("disputes_degu_law", ((Number) row[5]).longValue());
        m.put("disputes_police_linkage", ((Number) row[6]).longValue());
        m.put("mediator_training_hours", trainingHours(org, q.orgCode(), f, t));
        m.putAll(stocks(org, q.orgCode(), t));
        return new Stats(q.orgCode(), f, t, m);
    }

    /**
     * 调解员培训 (seed §二(三)): the hours of every training dated in [from, to] of the org unit's mediators (retired
     * ones too: the training happened), each rounded half up to whole hours as {@code MediatorRules.measuredHours}.
     */
    private long trainingHours(String orgColumn, String orgCode, LocalDate from, LocalDate to) {
        Number hours = (Number) em.createNativeQuery("""
                SELECT coalesce(sum(round(t.hours)), 0) FROM mediator_training t \
                JOIN mediator m ON m.id = t.mediator_id WHERE m.""" + orgColumn + """
                                 = ?1 \
                                AND t.training_date BETWEEN ?2 AND ?3""")
                .setParameter(1, orgCode).setParameter(2, from).setParameter(3, to).getSingleResult();
        return hours.longValue();
    }

    /**
     * Stock measures at the end of {@code to}, the same rule the gateway's read model sums (+1 on the date a record
     * enters, -1 on the date it leaves): a committee counts when established on or before {@code to} and not
     * dissolved on or before it; a mediator when appointed on or before {@code to} and not retired on or before it
     * (mediators_full_time: those of kind FULL_TIME, 专职人民调解员, by their current kind).
     * <p>
     * committees_standardized uses the committee's current {@code standardized} flag (its latest assessment), counted
     * from that assessment's date: the history of assessments is not kept, so a committee standardized today and
     * rated otherwise in the past counts as standardized from its latest assessment on, and one whose latest
     * assessment failed counts as not standardized for every date.
     */
    private Map<String, Long> stocks(String orgColumn, String orgCode, LocalDate to) {
        String activeAtTo = "established_on <= ?2 AND (dissolved_on IS NULL OR dissolved_on > ?2)";
        Object[] committees = (Object[]) em.createNativeQuery("""
                SELECT \
                count(*) FILTER (WHERE\s""" + activeAtTo + """
                                ), \
                                count(*) FILTER (WHERE\s""" + activeAtTo + """
                                 AND standardized AND assessed_on <= ?2), \
                                count(*) FILTER (WHERE\s""" + activeAtTo + """
                                 AND type = 'POLICE_STATION') \
                                FROM committee WHERE\s""" + orgColumn + " = ?1")
                .setParameter(1, orgCode).setParameter(2, to).getSingleResult();
        Object[] mediators = (Object[]) em.createNativeQuery("""
                SELECT count(*), count(*) FILTER (WHERE kind = 'FULL_TIME') \
                FROM mediator WHERE\s""" + orgColumn + """
                                 = ?1 \
                                AND appointed_on <= ?2 AND (retired_on IS NULL OR retired_on > ?2)""")
                .setParameter(1, orgCode).setParameter(2, to).getSingleResult();
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("committees_active", ((Number) committees[0]).longValue());
        m.put("committees_standardized", ((Number) committees[1]).longValue());
        m.put("mediators_active", ((Number) mediators[0]).longValue());
        m.put("mediators_full_time", ((Number) mediators[1]).longValue());
        m.put("police_rooms", ((Number) committees[2]).longValue());
        return m;
    }
}
