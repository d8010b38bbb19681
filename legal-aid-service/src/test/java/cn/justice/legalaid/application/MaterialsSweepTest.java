package cn.justice.legalaid.application;

import cn.justice.testing.DevTokens;
import cn.justice.testing.SettableClock;
import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static cn.justice.legalaid.Fixtures.APPLICATIONS;
import static cn.justice.legalaid.Fixtures.JIMI;
import static cn.justice.legalaid.Fixtures.act;
import static cn.justice.legalaid.Fixtures.application;
import static cn.justice.legalaid.Fixtures.events;
import static cn.justice.legalaid.Fixtures.get;
import static cn.justice.legalaid.Fixtures.post;
import static cn.justice.legalaid.Fixtures.receive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * 法律援助法 第43条 through the API and the sweep: materials once (a second request 409), due 15 days later, a day past
 * it the sweep (on the bureau's clock) deems the application withdrawn and emits the event; an instance that does not
 * hold the sweep's advisory lock does nothing.
 */
@QuarkusTest
class MaterialsSweepTest {
    @Inject
    SettableClock clock;
    @Inject
    ApplicationService applications;
    @Inject
    AgroalDataSource db;

    @AfterEach
    void release() {
        clock.release();
    }

    @Test
    void materialsOnceAndOverdueMaterialsDeemTheApplicationWithdrawn() throws Exception {
        clock.at(Instant.parse("2025-10-02T04:00:00Z")); // 12:00 in Beijing
        String id = receive(application(JIMI, "2025-10-01"));
        act(id, "review", Map.of("on", "2025-10-01"));
        act(id, "request-materials", Map.of("items", List.of("劳动合同", "工资条"), "on", "2025-10-02")).then()
                .body("materialRequests[0].dueOn", equalTo("2025-10-17"));
        post(DevTokens.countyAdmin(), APPLICATIONS + "/" + id + "/request-materials", Map.of("items", List.of("身份证明")))
                .then().statusCode(409).body("currentStatus", equalTo("MATERIALS_REQUESTED"));

        clock.at(Instant.parse("2025-10-17T04:00:00Z")); // the due day: still waiting
        applications.withdrawOverdueMaterials();
        get(DevTokens.countyAdmin(), APPLICATIONS + "/" + id).then().body("status", equalTo("MATERIALS_REQUESTED"));

        clock.at(Instant.parse("2025-10-18T04:00:00Z")); // a day past it
        try (Connection other = db.getConnection(); PreparedStatement lock = other.prepareStatement(
                "SELECT pg_advisory_lock(?)")) { // another instance sweeping: this one does nothing
            lock.setLong(1, ApplicationService.MATERIALS_SWEEP_LOCK);
            lock.execute();
            assertThat(applications.withdrawOverdueMaterials()).isZero();
            get(DevTokens.countyAdmin(), APPLICATIONS + "/" + id).then().body("status", equalTo("MATERIALS_REQUESTED"));
            try (PreparedStatement unlock = other.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, ApplicationService.MATERIALS_SWEEP_LOCK);
                unlock.execute();
            }
        }
        assertThat(applications.withdrawOverdueMaterials()).isPositive();
        get(DevTokens.countyAdmin(), APPLICATIONS + "/" + id).then().body("status", equalTo("WITHDRAWN"))
                .body("withdrawalReason", equalTo("DEEMED")).body("withdrawnOn", equalTo("2025-10-18"));
        List<JsonNode> data = events(id, 4).stream().map(m -> m.value()).toList();
        JsonNode last = data.get(3);
        assertThat(last.get("type").asText()).isEqualTo("legal-aid.application.withdrawn");
        assertThat(last.get("data").get("withdrawalReason").asText()).isEqualTo("DEEMED");
        assertThat(last.get("data").get("status").asText()).isEqualTo("WITHDRAWN");
    }

    @Test
    void materialsAfterTheirDueDateComeTooLate() {
        clock.at(Instant.parse("2025-10-20T04:00:00Z"));
        String id = receive(application(JIMI, "2025-10-01"));
        act(id, "review", Map.of("on", "2025-10-01"));
        act(id, "request-materials", Map.of("items", List.of("劳动合同"), "on", "2025-10-02", "dueOn", "2025-10-05"));
        post(DevTokens.countyAdmin(), APPLICATIONS + "/" + id + "/materials-received", Map.of("on", "2025-10-06"))
                .then().statusCode(422).body("rule", equalTo("materials-due"));
        act(id, "materials-received", Map.of("on", "2025-10-05")).then().body("status", equalTo("UNDER_REVIEW"));
        // 一次性告知: a second request, once the first is answered, is refused
        post(DevTokens.countyAdmin(), APPLICATIONS + "/" + id + "/request-materials", Map.of("items", List.of("身份证明")))
                .then().statusCode(409).body("rule", equalTo("materials-once"))
                .body("currentStatus", equalTo("UNDER_REVIEW")).body("detail", org.hamcrest.Matchers.startsWith("法律援助法第43条"));
    }
}
