package cn.justice.gateway.readmodel;

import cn.justice.platform.events.CloudEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measures DESIGN §10.3 adds for what the seed report asks of mediation (§二(三): 排查, 德古+法律,
 * 人民调解+治安调解, 专职人民调解员, 调解员培训) and publicity (§二(一): 谁执法谁普法, 以案释法).
 */
class MediationPublicityMeasuresTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID ID = UUID.fromString("0b6f7c1e-3d2a-4f5b-9c8d-7e6f5a4b3c2d");

    private static CloudEvent event(String type, ObjectNode data, String township) {
        return CloudEvent.of(type, "/test", ID, 3, "519901", township, data);
    }

    private static MeasureEntry entry(String measure, String date, long value) {
        return new MeasureEntry(measure, LocalDate.parse(date), value);
    }

    private static List<MeasureEntry> only(List<MeasureEntry> entries, String... measures) {
        List<String> wanted = List.of(measures);
        return entries.stream().filter(e -> wanted.contains(e.measure())).toList();
    }

    private static ObjectNode dispute(String source, String mechanism) {
        ObjectNode d = JSON.createObjectNode();
        d.put("status", "ACCEPTED");
        d.put("source", source);
        d.put("mechanism", mechanism);
        d.put("registeredOn", "2025-03-05");
        d.put("acceptedOn", "2025-03-06");
        return d;
    }

    private static List<MeasureEntry> disputeEntries(String source, String mechanism) {
        return only(ContributionRules.entries(event("mediation.dispute.accepted", dispute(source, mechanism), "519901101")),
                "disputes_screened", "disputes_degu_law", "disputes_police_linkage");
    }

    @Test
    void aScreenedDisputeCountsAsScreenedAndRegisteredOnItsRegistrationDate() {
        List<MeasureEntry> all = ContributionRules.entries(event("mediation.dispute.accepted",
                dispute("SCREENING", null), "519901101"));
        assertThat(all).contains(entry("disputes_registered", "2025-03-05", 1), entry("disputes_screened", "2025-03-05", 1),
                entry("disputes_accepted", "2025-03-06", 1));
        for (String other : new String[]{"APPLICATION", "COURT_REFERRAL", "PETITION_REFERRAL", "OTHER"}) {
            assertThat(disputeEntries(other, null)).as(other).isEmpty();
        }
    }

    @Test
    void theDeguLawMechanismCountsAsDeguLaw() {
        assertThat(disputeEntries("APPLICATION", "DEGU_LAW")).containsExactly(entry("disputes_degu_law", "2025-03-05", 1));
        assertThat(disputeEntries("SCREENING", "DEGU_LAW")).containsExactly(
                entry("disputes_screened", "2025-03-05", 1), entry("disputes_degu_law", "2025-03-05", 1));
    }

    @Test
    void policeLinkageIsTheMechanismOrAPoliceReferral() {
        assertThat(disputeEntries("APPLICATION", "POLICE_LINKAGE"))
                .containsExactly(entry("disputes_police_linkage", "2025-03-05", 1));
        assertThat(disputeEntries("POLICE_REFERRAL", null))
                .containsExactly(entry("disputes_police_linkage", "2025-03-05", 1));
        // counted once, not twice, when both say so
        assertThat(disputeEntries("POLICE_REFERRAL", "POLICE_LINKAGE"))
                .containsExactly(entry("disputes_police_linkage", "2025-03-05", 1));
    }

    private static ObjectNode mediator(String kind, String retiredOn, String... trainings) {
        ObjectNode d = JSON.createObjectNode();
        d.put("kind", kind);
        d.put("status", retiredOn == null ? "ACTIVE" : "RETIRED");
        d.put("appointedOn", "2022-03-01");
        d.put("retiredOn", retiredOn);
        ArrayNode t = d.putArray("trainings");
        for (String s : trainings) {
            String[] p = s.split("=");
            t.addObject().put("date", p[0]).put("hours", new BigDecimal(p[1]));
        }
        return d;
    }

    @Test
    void aFullTimeMediatorIsInTheFullTimeStockWhileActive() {
        List<MeasureEntry> e = ContributionRules.entries(event("mediation.mediator.retired",
                mediator("FULL_TIME", "2025-06-30"), "519901101"));
        assertThat(only(e, "mediators_full_time")).containsExactly(
                entry("mediators_full_time", "2022-03-01", 1), entry("mediators_full_time", "2025-06-30", -1));
        assertThat(only(ContributionRules.entries(event("mediation.mediator.appointed",
                mediator("PART_TIME", null), "519901101")), "mediators_full_time")).isEmpty();
    }

    @Test
    void everyTrainingCountsItsHoursRoundedHalfUpOnItsDate() {
        List<MeasureEntry> e = ContributionRules.entries(event("mediation.mediator.trained",
                mediator("PART_TIME", null, "2024-09-12=4.5", "2024-11-02=2.4", "2025-01-10=8.0", "2025-02-01=0.4"),
                "519901101"));
        assertThat(only(e, "mediator_training_hours")).containsExactly(
                entry("mediator_training_hours", "2024-09-12", 5),
                entry("mediator_training_hours", "2024-11-02", 2),
                entry("mediator_training_hours", "2025-01-10", 8));
        // a retired mediator's trainings still count in their periods
        List<MeasureEntry> retired = ContributionRules.entries(event("mediation.mediator.retired",
                mediator("PART_TIME", "2025-06-30", "2024-09-12=3.5"), "519901101"));
        assertThat(only(retired, "mediator_training_hours")).containsExactly(entry("mediator_training_hours", "2024-09-12", 4));
        assertThat(ContributionRules.trainingHours(new BigDecimal("24.0"))).isEqualTo(24);
        assertThat(ContributionRules.trainingHours(new BigDecimal("0.5"))).isEqualTo(1);
    }

    private static ObjectNode activity(String status, String format, String organizer) {
        ObjectNode d = JSON.createObjectNode();
        d.put("status", status);
        d.put("format", format);
        d.put("organizerUnitId", organizer);
        d.put("heldOn", "2025-12-04");
        d.put("townshipCode", "519901101");
        d.put("venue", "VILLAGE");
        d.put("participants", 60);
        d.put("materialsDistributed", 100);
        return d;
    }

    @Test
    void aHeldActivityCountsForItsUnitAndACaseExplanationAsSuch() {
        String unit = UUID.randomUUID().toString();
        assertThat(only(ContributionRules.entries(event("publicity.activity.held",
                activity("HELD", "CASE_EXPLANATION", unit), "519901101")), "units_activities_held", "activities_case_explanation"))
                .containsExactly(entry("units_activities_held", "2025-12-04", 1), entry("activities_case_explanation", "2025-12-04", 1));
        assertThat(only(ContributionRules.entries(event("publicity.activity.held",
                activity("HELD", "LECTURE", unit), "519901101")), "units_activities_held", "activities_case_explanation"))
                .containsExactly(entry("units_activities_held", "2025-12-04", 1));
        assertThat(ContributionRules.entries(event("publicity.activity.planned",
                activity("PLANNED", "CASE_EXPLANATION", unit), "519901101"))).isEmpty();
        assertThat(ContributionRules.entries(event("publicity.activity.cancelled",
                activity("CANCELLED", "CASE_EXPLANATION", unit), "519901101"))).isEmpty();
    }

    @Test
    void aResponsibleUnitCountsEachYearPlanOnTheFirstDayOfItsYear() {
        ObjectNode d = JSON.createObjectNode();
        d.put("kind", "POLICE");
        d.put("year", 2025);
        ArrayNode years = d.putArray("years");
        years.addObject().put("year", 2024).put("plannedActivities", 6).put("itemCount", 3);
        years.addObject().put("year", 2025).put("plannedActivities", 12).put("itemCount", 0);
        assertThat(ContributionRules.entries(event("publicity.responsible-unit.year-planned", d, null))).containsExactly(
                entry("units_plan_items", "2024-01-01", 3), entry("units_activities_planned", "2024-01-01", 6),
                entry("units_activities_planned", "2025-01-01", 12));
    }

    @Test
    void theNewMeasuresAreInTheCatalogueWithTheirKind() {
        for (String flow : new String[]{"disputes_screened", "disputes_degu_law", "disputes_police_linkage",
                "mediator_training_hours", "units_plan_items", "units_activities_planned", "units_activities_held",
                "activities_case_explanation"}) {
            assertThat(MeasureCatalogue.kind(flow)).as(flow).isEqualTo(MeasureCatalogue.Kind.FLOW);
        }
        assertThat(MeasureCatalogue.kind("mediators_full_time")).isEqualTo(MeasureCatalogue.Kind.STOCK);
    }
}
