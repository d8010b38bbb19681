package cn.justice.gateway.readmodel;

import cn.justice.platform.events.CloudEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

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
    void unknownEventTypesContributeNothing() {
        ObjectNode d = dispute("SUCCEEDED", "2025-01-01", "2025-01-02", "2025-01-03");

        assertThat(ContributionRules.entries(event("correction.subject.enrolled", d))).isEmpty();
        assertThat(ContributionRules.entries(event("legalaid.application.granted", d))).isEmpty();
        assertThat(ContributionRules.entries(event("mediation.session.held", d))).isEmpty();
        assertThat(ContributionRules.entries(event("x.mediation.dispute.registered", d))).isEmpty();
    }
}
