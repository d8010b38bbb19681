package cn.justice.demo;

import cn.justice.demo.plan.Chain;
import cn.justice.demo.plan.Plan;
import cn.justice.demo.plan.Step;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every record's timeline is one the services accept: nothing in the future, actions after creation, in order. */
class TimelineConsistencyTest {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Fields that name a planned end rather than something that happened: they may lie ahead. */
    private static final Set<String> PLANNED = Set.of("termEndsOn", "correctionEnd", "performBy", "to");

    private final Plan plan = DemoPlan.build(TestCounty.context(DemoPlan.DEFAULT_SEED), TestCounty.TODAY);

    @Test
    void nothingLiesInTheFuture() {
        plan.chains().flatMap(c -> c.steps().stream()).forEach(s -> {
            assertThat(s.date()).as(s.path()).isBeforeOrEqualTo(TestCounty.TODAY);
            assertDatesNotAfter(s.body(), "", TestCounty.TODAY, s);
        });
    }

    @Test
    void nothingLiesInTheFutureOnAnyOtherDayEither() {
        for (LocalDate today : List.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 2, 14), LocalDate.of(2025, 12, 31))) {
            DemoPlan.build(TestCounty.context(DemoPlan.DEFAULT_SEED), today).chains()
                    .flatMap(c -> c.steps().stream())
                    .forEach(s -> assertDatesNotAfter(s.body(), "", today, s));
        }
    }

    @Test
    void actionsFollowTheirRecordsCreationInDateOrder() {
        plan.chains().forEach(c -> {
            List<Step> steps = c.steps();
            assertThat(steps).isNotEmpty();
            if (c.startsWithCreate()) {
                assertThat(steps.get(0).path()).isEqualTo(c.collection());
                assertThat(steps.get(0).body().path("id").asText()).isEqualTo(c.id().toString());
                assertThat(steps.subList(1, steps.size())).noneMatch(Step::isCreate);
            }
            for (int i = 1; i < steps.size(); i++) {
                assertThat(steps.get(i).date()).as(c.kind() + " " + c.id() + " step " + steps.get(i).action())
                        .isAfterOrEqualTo(steps.get(i - 1).date());
                assertThat(steps.get(i).path()).startsWith(c.collection() + "/" + c.id() + "/");
            }
        });
    }

    /** Disputes are accepted by mediators of their committee who serve on that day. */
    @Test
    void disputesAreHandledByServingMediatorsOfActiveCommittees() {
        Map<String, JsonNode> mediators = new HashMap<>();
        Map<String, LocalDate> retired = new HashMap<>();
        Map<String, JsonNode> committees = new HashMap<>();
        plan.chains(Plan.Phase.PEOPLE).forEach(c -> mediators.put(c.id().toString(), c.steps().get(0).body()));
        plan.chains(Plan.Phase.REGISTERS).stream().filter(c -> c.kind().equals("committees"))
                .forEach(c -> committees.put(c.id().toString(), c.steps().get(0).body()));
        plan.chains(Plan.Phase.ENDINGS).stream().filter(c -> c.kind().equals("mediators"))
                .forEach(c -> retired.put(c.id().toString(), c.steps().get(0).date()));
        long accepted = 0;
        for (Chain c : plan.chains(Plan.Phase.CASEWORK)) {
            if (!c.kind().equals("disputes")) {
                continue;
            }
            JsonNode create = c.steps().get(0).body();
            JsonNode committee = committees.get(create.path("committeeId").asText());
            assertThat(committee).as("committee of dispute " + c.id()).isNotNull();
            assertThat(LocalDate.parse(committee.path("establishedOn").asText())).isBeforeOrEqualTo(c.date());
            for (Step s : c.steps()) {
                if (!s.action().equals("accept")) {
                    continue;
                }
                accepted++;
                LocalDate on = LocalDate.parse(s.body().path("acceptedOn").asText());
                for (JsonNode m : s.body().path("mediatorIds")) {
                    JsonNode mediator = mediators.get(m.asText());
                    assertThat(mediator).as("mediator " + m.asText()).isNotNull();
                    assertThat(mediator.path("committeeId").asText()).isEqualTo(create.path("committeeId").asText());
                    assertThat(LocalDate.parse(mediator.path("appointedOn").asText())).isBeforeOrEqualTo(on);
                    LocalDate left = retired.get(m.asText());
                    assertThat(left == null || !left.isBefore(on)).as("mediator " + m.asText() + " serves on "
                            + on + ", retired " + left).isTrue();
                }
            }
        }
        assertThat(accepted).isGreaterThan(3_000);
    }

    /** Mediators are appointed only after their committee was set up; committees end after their mediators. */
    @Test
    void mediatorsServeCommitteesThatExist() {
        Map<UUID, LocalDate> established = new HashMap<>();
        plan.chains(Plan.Phase.REGISTERS).stream().filter(c -> c.kind().equals("committees"))
                .forEach(c -> established.put(c.id(), c.date()));
        plan.chains(Plan.Phase.PEOPLE).forEach(c -> {
            UUID committee = UUID.fromString(c.steps().get(0).body().path("committeeId").asText());
            assertThat(established).containsKey(committee);
            assertThat(c.date()).isAfterOrEqualTo(established.get(committee));
        });
    }

    private static void assertDatesNotAfter(JsonNode node, String field, LocalDate today, Step s) {
        if (node == null) {
            return;
        }
        if (node.isTextual() && DATE.matcher(node.asText()).matches() && !PLANNED.contains(field)) {
            assertThat(LocalDate.parse(node.asText())).as(s.path() + " " + field).isBeforeOrEqualTo(today);
        } else if (node.isTextual() && node.asText().matches("\\d{4}-\\d{2}-\\d{2}T.*Z")) {
            assertThat(java.time.Instant.parse(node.asText()))
                    .isBefore(today.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                assertDatesNotAfter(e.getValue(), e.getKey(), today, s);
            }
        } else if (node.isArray()) {
            node.forEach(n -> assertDatesNotAfter(n, field, today, s));
        }
    }
}
