package cn.justice.gateway.readmodel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The measures of DESIGN §7 the read model keeps, with how they aggregate over time: FLOW (records counted by their
 * own date within the period) or STOCK (state at the end of the period). Distinct counts (seven_into_covered,
 * townships_with_workstation, villages_with_advisor, assistance_villages) count members (a township × venue pair, a
 * township, a village)
 * once; their contributions carry the member. Directory measures (townships_total, villages_total) are not rollups
 * and are not listed.
 */
public final class MeasureCatalogue {
    public enum Kind { FLOW, STOCK }

    private static final Map<String, Kind> MEASURES = new LinkedHashMap<>();

    static {
        flows("disputes_registered", "disputes_accepted", "disputes_succeeded", "disputes_failed",
                "disputes_screened", "disputes_degu_law", "disputes_police_linkage", "mediator_training_hours");
        stocks("committees_active", "committees_standardized", "mediators_active", "police_rooms",
                "mediators_full_time");
        flows("subjects_received", "subjects_terminated", "subjects_reoffended", "subjects_reported",
                "subjects_reported_on_time", "released_registered", "released_connected", "released_placed",
                "released_connected_on_time");
        stocks("subjects_active", "subjects_missing", "monitoring_active");
        flows("applications_received", "applications_decided", "applications_granted", "eligible_decided",
                "eligible_granted", "decided_within_deadline", "cases_closed", "consultations", "notarizations",
                "assigned_within_deadline", "duty_lawyer_services", "subsidies_paid");
        stocks("workstations_active", "townships_with_workstation", "villages_with_advisor");
        flows("activities_held", "participants", "materials_distributed", "sms_sent", "survey_respondents",
                "survey_aware", "survey_satisfied", "seven_into_covered", "units_plan_items",
                "units_activities_planned", "units_activities_held", "activities_case_explanation");
        // rule-of-law government (DESIGN §13); the yearly figures count on 1 January of their year
        flows("reconsiderations_received", "reconsiderations_accepted", "reconsiderations_decided",
                "reconsiderations_corrected", "reconsiderations_on_time", "documents_reviewed", "documents_with_issues",
                "documents_reviewed_on_time", "exam_candidates", "exam_passed", "officer_training_hours",
                "enforcement_inspections", "inspection_findings", "inspection_findings_rectified", "jurors_selected",
                "supervisors_selected", "honours", "honours_national", "honours_province", "honours_county",
                "projects_completed", "project_investment_yuan", "assistance_villages", "assistance_cadres",
                "assistance_funds_yuan");
    }

    private MeasureCatalogue() {
    }

    private static void flows(String... names) {
        for (String n : names) {
            MEASURES.put(n, Kind.FLOW);
        }
    }

    private static void stocks(String... names) {
        for (String n : names) {
            MEASURES.put(n, Kind.STOCK);
        }
    }

    /** FLOW, STOCK, or null when the measure is not a rollup of the read model. */
    public static Kind kind(String measure) {
        return MEASURES.get(measure);
    }
}
