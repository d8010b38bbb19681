package cn.justice.gateway.readmodel;

import cn.justice.platform.events.CloudEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContributionRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID DISPUTE = UUID.fromString("5f0c2d47-8e11-4c7a-a0b5-2b7e9f3d1c64");

    private static CloudEvent event(String type, com.fasterxml.jackson.databind.JsonNode data) {
        return CloudEvent.of(type, "/mediation-service", DISPUTE, 1, "519901", "519901100", data);
    }

    /** Dispute state as the mediation service publishes it; null dates are written as JSON null. */
    private static ObjectNode dispute(String status, String registeredOn, String acceptedOn, String closedOn) {
        ObjectNode d = JSON.createObjectNode();
        d.put("id", DISPUTE.toString());
        d.put("status", status);
        d.put("registeredOn", registeredOn);
        d.put("acceptedOn", acceptedOn);
        d.put("closedOn", closedOn);
        d.put("townshipCode", "519901100");
        return d;
    }

    private static MeasureEntry entry(String measure, String date) {
        return new MeasureEntry(measure, LocalDate.parse(date), 1);
    }

    @Test
    void registeredDisputeCountsOnItsRegistrationDate() {
        CloudEvent e = event("mediation.dispute.registered", dispute("REGISTERED", "2025-03-05", null, null));

        assertThat(ContributionRules.entries(e)).containsExactly(entry("disputes_registered", "2025-03-05"));
    }

    @Test
    void acceptedDisputeAlsoCountsOnItsAcceptanceDate() {
        CloudEvent e = event("mediation.dispute.accepted", dispute("ACCEPTED", "2025-03-30", "2025-04-02", null));

        assertThat(ContributionRules.entries(e)).containsExactly(
                entry("disputes_registered", "2025-03-30"),
                entry("disputes_accepted", "2025-04-02"));
    }

    @Test
    void succeededDisputeCountsAsSucceededOnItsClosingDate() {
        CloudEvent e = event("mediation.dispute.succeeded", dispute("SUCCEEDED", "2024-12-28", "2024-12-30", "2025-01-15"));

        assertThat(ContributionRules.entries(e)).containsExactly(
                entry("disputes_registered", "2024-12-28"),
                entry("disputes_accepted", "2024-12-30"),
                entry("disputes_succeeded", "2025-01-15"));
    }

    @Test
    void failedDisputeCountsAsFailedOnItsClosingDate() {
        CloudEvent e = event("mediation.dispute.failed", dispute("FAILED", "2025-02-01", "2025-02-03", "2025-05-20"));

        assertThat(ContributionRules.entries(e)).containsExactly(
                entry("disputes_registered", "2025-02-01"),
                entry("disputes_accepted", "2025-02-03"),
                entry("disputes_failed", "2025-05-20"));
    }

    @Test
    void contributionDependsOnTheStateNotOnTheEventName() {
        ObjectNode succeeded = dispute("SUCCEEDED", "2025-02-01", "2025-02-03", "2025-02-10");

        assertThat(ContributionRules.entries(event("mediation.dispute.updated", succeeded)))
                .isEqualTo(ContributionRules.entries(event("mediation.dispute.succeeded", succeeded)))
                .contains(entry("disputes_succeeded", "2025-02-10"));
    }

    @Test
    void closedWithoutClosingDateCountsNoOutcome() {
        CloudEvent e = event("mediation.dispute.succeeded", dispute("SUCCEEDED", "2025-02-01", "2025-02-03", null));

        assertThat(ContributionRules.entries(e)).extracting(MeasureEntry::measure)
                .containsExactly("disputes_registered", "disputes_accepted");
    }

    /**
     * 人民调解法第33条 (DESIGN §10.3): a court's INVALID ruling makes the dispute AGREEMENT_INVALID; the event replaces
     * the SUCCEEDED contribution, so disputes_succeeded drops; after reopen (ACCEPTED, the same acceptedOn) it counts
     * as registered and accepted once, with no outcome until the new mediation closes.
     */
    @Test
    void anInvalidatedAgreementNoLongerCountsAsSucceeded() {
        CloudEvent invalidated = event("mediation.dispute.agreement-invalidated",
                dispute("AGREEMENT_INVALID", "2025-02-01", "2025-02-03", "2025-02-10"));
        assertThat(ContributionRules.entries(invalidated)).containsExactly(
                entry("disputes_registered", "2025-02-01"),
                entry("disputes_accepted", "2025-02-03"));
        CloudEvent reopened = event("mediation.dispute.reopened", dispute("ACCEPTED", "2025-02-01", "2025-02-03", null));
        assertThat(ContributionRules.entries(reopened)).containsExactly(
                entry("disputes_registered", "2025-02-01"),
                entry("disputes_accepted", "2025-02-03"));
    }

    @Test
    void otherStatusesCountNoOutcomeEvenWithAClosingDate() {
        CloudEvent e = event("mediation.dispute.withdrawn", dispute("WITHDRAWN", "2025-02-01", null, "2025-02-05"));

        assertThat(ContributionRules.entries(e)).containsExactly(entry("disputes_registered", "2025-02-01"));
    }

    @Test
    void missingFieldsAreTreatedLikeNulls() {
        ObjectNode d = JSON.createObjectNode().put("status", "FAILED").put("closedOn", "2025-06-01");

        assertThat(ContributionRules.entries(event("mediation.dispute.failed", d)))
                .containsExactly(entry("disputes_failed", "2025-06-01"));
    }

    @Test
    void everyEntryCountsOne() {
        CloudEvent e = event("mediation.dispute.succeeded", dispute("SUCCEEDED", "2025-01-01", "2025-01-02", "2025-01-03"));

        assertThat(ContributionRules.entries(e)).extracting(MeasureEntry::value).containsOnly(1L);
    }

    @Test
    void eventWithoutDataContributesNothing() {
        assertThat(ContributionRules.entries(event("mediation.dispute.registered", null))).isEmpty();
        assertThat(ContributionRules.entries(event("mediation.dispute.registered", NullNode.getInstance()))).isEmpty();
    }

    @Test
    void eventsOfUnknownAggregatesAreRefusedNotCountedAsNothing() {
        ObjectNode d = dispute("SUCCEEDED", "2025-01-01", "2025-01-02", "2025-01-03");

        for (String type : new String[]{"legalaid.application.granted", "mediation.session.held",
                "x.mediation.dispute.registered", "mediation"}) {
            assertThatThrownBy(() -> ContributionRules.entries(event(type, d)))
                    .as(type).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown event type");
        }
    }

    @Test
    void unknownVerbsOfAKnownAggregateAreRead() {
        // the data carries the whole state: a new verb of a known aggregate still counts by that state
        ObjectNode d = dispute("SUCCEEDED", "2025-01-01", "2025-01-02", "2025-01-03");
        assertThat(ContributionRules.entries(event("mediation.dispute.reopened", d))).isNotEmpty();
    }

    // --- 调委会 and 人民调解员: stocks, +1 when the record enters and -1 when it leaves ---

    /** Committee state as the mediation service publishes it (CommitteeEventData); null dates as JSON null. */
    private static ObjectNode committee(String type, String establishedOn, boolean standardized, String assessedOn,
                                        String dissolvedOn) {
        ObjectNode d = JSON.createObjectNode();
        d.put("committeeId", DISPUTE.toString());
        d.put("version", 1);
        d.put("townshipCode", "519901100");
        d.put("type", type);
        d.put("status", dissolvedOn == null ? "ACTIVE" : "DISSOLVED");
        d.put("establishedOn", establishedOn);
        d.put("memberCount", 5);
        d.put("standardized", standardized);
        d.put("assessedOn", assessedOn);
        d.put("dissolvedOn", dissolvedOn);
        return d;
    }

    /** Mediator state as the mediation service publishes it (MediatorEventData). */
    private static ObjectNode mediator(String appointedOn, String retiredOn) {
        ObjectNode d = JSON.createObjectNode();
        d.put("mediatorId", DISPUTE.toString());
        d.put("status", retiredOn == null ? "ACTIVE" : "RETIRED");
        d.put("kind", "PART_TIME");
        d.put("traditional", true);
        d.put("appointedOn", appointedOn);
        d.put("retiredOn", retiredOn);
        return d;
    }

    private static MeasureEntry delta(String measure, String date, long value) {
        return new MeasureEntry(measure, LocalDate.parse(date), value);
    }

    /** A committee's contribution without its per-type copy (committees_active_type_*), tested on its own below. */
    private static java.util.List<MeasureEntry> committeeCore(CloudEvent e) {
        return ContributionRules.entries(e).stream().filter(m -> !m.measure().startsWith("committees_active_type_")).toList();
    }

    @Test
    void aCommitteeAlsoCountsUnderItsType() {
        CloudEvent e = event("mediation.committee.dissolved", committee("TOWNSHIP", "2019-06-01", false, null, "2024-03-31"));
        assertThat(ContributionRules.entries(e)).contains(
                delta("committees_active_type_township", "2019-06-01", 1),
                delta("committees_active_type_township", "2024-03-31", -1));
    }

    /** Sum of the deltas of one measure up to and including {@code end}: what the rollup gives as the stock then. */
    private static long stockAt(java.util.List<MeasureEntry> entries, String measure, String end) {
        return entries.stream().filter(e -> e.measure().equals(measure) && !e.date().isAfter(LocalDate.parse(end)))
                .mapToLong(MeasureEntry::value).sum();
    }

    @Test
    void anActiveCommitteeEntersTheStockOnItsEstablishmentDate() {
        CloudEvent e = event("mediation.committee.registered", committee("VILLAGE", "2019-06-01", false, null, null));

        assertThat(committeeCore(e)).containsExactly(delta("committees_active", "2019-06-01", 1));
    }

    @Test
    void aDissolvedCommitteeLeavesTheStockOnItsDissolutionDate() {
        CloudEvent e = event("mediation.committee.dissolved", committee("TOWNSHIP", "2019-06-01", false, null, "2024-03-31"));

        assertThat(committeeCore(e)).containsExactly(
                delta("committees_active", "2019-06-01", 1),
                delta("committees_active", "2024-03-31", -1));
        var entries = committeeCore(e);
        assertThat(stockAt(entries, "committees_active", "2019-05-31")).isZero();
        assertThat(stockAt(entries, "committees_active", "2023-12-31")).isEqualTo(1);
        assertThat(stockAt(entries, "committees_active", "2024-12-31")).isZero();
    }

    @Test
    void aPoliceStationCommitteeIsAlsoAPoliceRoom() {
        CloudEvent e = event("mediation.committee.dissolved",
                committee("POLICE_STATION", "2021-04-01", false, null, "2025-03-31"));

        assertThat(committeeCore(e)).containsExactlyInAnyOrder(
                delta("committees_active", "2021-04-01", 1),
                delta("committees_active", "2025-03-31", -1),
                delta("police_rooms", "2021-04-01", 1),
                delta("police_rooms", "2025-03-31", -1));
        assertThat(committeeCore(event("mediation.committee.registered",
                committee("COURT", "2021-04-01", false, null, null))))
                .extracting(MeasureEntry::measure).doesNotContain("police_rooms");
    }

    @Test
    void aStandardizedCommitteeCountsFromItsLatestAssessmentUntilItIsDissolved() {
        CloudEvent assessed = event("mediation.committee.assessed", committee("TOWNSHIP", "2019-06-01", true, "2023-09-01", null));

        assertThat(committeeCore(assessed)).containsExactlyInAnyOrder(
                delta("committees_active", "2019-06-01", 1),
                delta("committees_standardized", "2023-09-01", 1));

        CloudEvent dissolved = event("mediation.committee.dissolved",
                committee("TOWNSHIP", "2019-06-01", true, "2023-09-01", "2025-03-31"));
        var entries = committeeCore(dissolved);
        assertThat(entries).contains(delta("committees_standardized", "2025-03-31", -1));
        assertThat(stockAt(entries, "committees_standardized", "2022-12-31")).isZero();
        assertThat(stockAt(entries, "committees_standardized", "2023-12-31")).isEqualTo(1);
        assertThat(stockAt(entries, "committees_standardized", "2025-12-31")).isZero();
    }

    @Test
    void aCommitteeWhoseLatestAssessmentFailedIsNotStandardizedInAnyPeriod() {
        CloudEvent e = event("mediation.committee.assessed", committee("TOWNSHIP", "2019-06-01", false, "2024-09-01", null));

        assertThat(committeeCore(e)).extracting(MeasureEntry::measure).containsExactly("committees_active");
    }

    @Test
    void standardizedWithoutAnAssessmentDateCountsFromEstablishment() {
        CloudEvent e = event("mediation.committee.assessed", committee("TOWNSHIP", "2019-06-01", true, null, null));

        assertThat(committeeCore(e)).contains(delta("committees_standardized", "2019-06-01", 1));
    }

    @Test
    void aCommitteeThatLeftBeforeItEnteredAStockIsNotInIt() {
        CloudEvent e = event("mediation.committee.dissolved", committee("TOWNSHIP", "2019-06-01", true, "2025-01-01", "2024-12-31"));

        assertThat(committeeCore(e)).extracting(MeasureEntry::measure)
                .containsExactly("committees_active", "committees_active");
    }

    @Test
    void aCommitteeWithoutEstablishmentDateContributesNothing() {
        ObjectNode d = committee("TOWNSHIP", null, true, "2024-01-01", null);

        assertThat(ContributionRules.entries(event("mediation.committee.updated", d))).isEmpty();
    }

    @Test
    void committeeContributionDependsOnTheStateNotOnTheEventName() {
        ObjectNode d = committee("POLICE_STATION", "2020-01-01", true, "2022-01-01", null);

        assertThat(ContributionRules.entries(event("mediation.committee.updated", d)))
                .isEqualTo(ContributionRules.entries(event("mediation.committee.assessed", d)));
    }

    @Test
    void anActiveMediatorEntersTheStockOnAppointment() {
        CloudEvent e = event("mediation.mediator.appointed", mediator("2023-03-01", null));

        assertThat(ContributionRules.entries(e)).containsExactly(delta("mediators_active", "2023-03-01", 1));
        assertThat(ContributionRules.entries(event("mediation.mediator.trained", mediator("2023-03-01", null))))
                .containsExactly(delta("mediators_active", "2023-03-01", 1));
    }

    @Test
    void aRetiredMediatorLeavesTheStockOnRetirement() {
        CloudEvent e = event("mediation.mediator.retired", mediator("2023-03-01", "2025-06-30"));

        var entries = ContributionRules.entries(e);
        assertThat(entries).containsExactly(
                delta("mediators_active", "2023-03-01", 1),
                delta("mediators_active", "2025-06-30", -1));
        assertThat(stockAt(entries, "mediators_active", "2024-12-31")).isEqualTo(1);
        assertThat(stockAt(entries, "mediators_active", "2025-06-30")).isZero();
    }

    @Test
    void aMediatorWithoutAppointmentDateContributesNothing() {
        assertThat(ContributionRules.entries(event("mediation.mediator.appointed", mediator(null, null)))).isEmpty();
    }

    // --- publicity ---

    private static ObjectNode activity(String status, String heldOn, Integer participants, Integer materials) {
        ObjectNode d = JSON.createObjectNode();
        d.put("activityId", DISPUTE.toString());
        d.put("status", status);
        d.put("heldOn", heldOn);
        d.put("townshipCode", "519901101");
        d.put("venue", "SCHOOL");
        d.put("participants", participants);
        d.put("materialsDistributed", materials);
        return d;
    }

    @Test
    void aHeldActivityCountsItsFiguresOnItsDate() {
        CloudEvent e = event("publicity.activity.held", activity("HELD", "2025-12-04", 100, 250));

        assertThat(ContributionRules.entries(e)).containsExactly(
                delta("activities_held", "2025-12-04", 1),
                delta("participants", "2025-12-04", 100),
                delta("materials_distributed", "2025-12-04", 250),
                new MeasureEntry("seven_into_covered", LocalDate.parse("2025-12-04"), 1, "519901101:SCHOOL"));
    }

    @Test
    void aCorrectedActivityContributesOnlyItsLatestFigures() {
        CloudEvent e = event("publicity.activity.corrected", activity("HELD", "2025-12-05", 80, 250));

        assertThat(ContributionRules.entries(e)).containsExactly(
                delta("activities_held", "2025-12-05", 1),
                delta("participants", "2025-12-05", 80),
                delta("materials_distributed", "2025-12-05", 250),
                new MeasureEntry("seven_into_covered", LocalDate.parse("2025-12-05"), 1, "519901101:SCHOOL"));
    }

    @Test
    void plannedAndCancelledActivitiesContributeNothing() {
        assertThat(ContributionRules.entries(event("publicity.activity.planned", activity("PLANNED", "2025-12-04", null, null))))
                .isEmpty();
        assertThat(ContributionRules.entries(event("publicity.activity.cancelled", activity("CANCELLED", "2025-12-04", null, null))))
                .isEmpty();
    }

    @Test
    void aHeldActivityWithoutMaterialsCountsNoMaterials() {
        assertThat(ContributionRules.entries(event("publicity.activity.held", activity("HELD", "2025-03-01", 12, 0))))
                .containsExactly(delta("activities_held", "2025-03-01", 1), delta("participants", "2025-03-01", 12),
                        new MeasureEntry("seven_into_covered", LocalDate.parse("2025-03-01"), 1, "519901101:SCHOOL"));
    }

    @Test
    void anSmsCampaignCountsItsMessagesOnItsDate() {
        ObjectNode d = JSON.createObjectNode();
        d.put("sentOn", "2025-06-26");
        d.putNull("townshipCode");
        d.put("messagesSent", 12000);
        assertThat(ContributionRules.entries(event("publicity.sms-campaign.recorded", d)))
                .containsExactly(delta("sms_sent", "2025-06-26", 12000));
        d.put("messagesSent", 13000);
        assertThat(ContributionRules.entries(event("publicity.sms-campaign.updated", d)))
                .containsExactly(delta("sms_sent", "2025-06-26", 13000));
    }

    @Test
    void aSurveyCountsOnTheFirstDayOfItsYear() {
        ObjectNode d = JSON.createObjectNode();
        d.put("year", 2024);
        d.put("respondents", 400);
        d.put("aware", 372);
        d.put("satisfied", 360);
        assertThat(ContributionRules.entries(event("publicity.survey.recorded", d))).containsExactly(
                delta("survey_respondents", "2024-01-01", 400),
                delta("survey_aware", "2024-01-01", 372),
                delta("survey_satisfied", "2024-01-01", 360));
    }

    @Test
    void aResponsibleUnitWithoutYearPlansContributesNothing() {
        ObjectNode d = JSON.createObjectNode();
        d.put("kind", "POLICE");
        assertThat(ContributionRules.entries(event("publicity.responsible-unit.registered", d))).isEmpty();
        d.putArray("years");
        assertThat(ContributionRules.entries(event("publicity.responsible-unit.registered", d))).isEmpty();
    }
}
