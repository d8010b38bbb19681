package cn.justice.demo;

import cn.justice.demo.plan.Chain;
import cn.justice.demo.plan.Ids;
import cn.justice.demo.plan.Plan;
import cn.justice.demo.plan.Step;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Determinism of the plan: the same seed names the same records with the same requests. */
class DemoPlanTest {
    private static final long SEED = DemoPlan.DEFAULT_SEED;

    @Test
    void theSameSeedGivesTheSamePlan() {
        Plan a = DemoPlan.build(TestCounty.context(SEED), TestCounty.TODAY);
        Plan b = DemoPlan.build(TestCounty.context(SEED), TestCounty.TODAY);
        assertThat(a.requestCount()).isEqualTo(b.requestCount()).isGreaterThan(10_000);
        assertThat(a.digest()).isEqualTo(b.digest());
    }

    @Test
    void anotherSeedGivesAnotherPlanWithOtherIds() {
        Plan a = DemoPlan.build(TestCounty.context(SEED), TestCounty.TODAY);
        Plan b = DemoPlan.build(TestCounty.context(7), TestCounty.TODAY);
        assertThat(a.digest()).isNotEqualTo(b.digest());
        Set<UUID> ids = new HashSet<>();
        a.chains().forEach(c -> ids.add(c.id()));
        assertThat(b.chains().map(Chain::id).filter(ids::contains)).isEmpty();
    }

    /** Any seed makes a plan whose timelines hold and whose volumes stay in range, not only the default one. */
    @Test
    void otherSeedsMakeSoundPlansToo() {
        for (long seed : new long[]{1, 2, 99}) {
            Plan p = DemoPlan.build(TestCounty.context(seed), TestCounty.TODAY);
            assertThat(p.requestCount()).as("seed " + seed).isBetween(20_000L, 32_000L);
            p.chains().forEach(c -> {
                for (int i = 1; i < c.steps().size(); i++) {
                    assertThat(c.steps().get(i).date()).isAfterOrEqualTo(c.steps().get(i - 1).date());
                }
                assertThat(c.steps().get(c.steps().size() - 1).date()).isBeforeOrEqualTo(TestCounty.TODAY);
            });
            long disputes2024 = p.chains().filter(c -> c.kind().equals("disputes") && c.date().getYear() == 2024).count();
            assertThat(disputes2024).as("seed " + seed).isBetween(580L, 900L);
        }
    }

    @Test
    void idsAreNameBasedOnTheSeedAndStable() {
        UUID expected = UUID.nameUUIDFromBytes("justice-demo/20210101/committee/519901100/城关镇人民调解委员会"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(new Ids(SEED).of("committee", "519901100", "城关镇人民调解委员会")).isEqualTo(expected)
                .hasToString("d5ec58f4-2959-3daa-979e-1935f3ab041e");
        Plan plan = DemoPlan.build(TestCounty.context(SEED), TestCounty.TODAY);
        assertThat(plan.chains().map(Chain::id)).contains(expected);
        // every record is created once: no two create chains share an id
        List<UUID> created = plan.chains().filter(Chain::startsWithCreate).map(Chain::id).toList();
        assertThat(new HashSet<>(created)).hasSameSizeAs(created);
    }

    @Test
    void idempotencyKeysAreUniqueAndDeterministic() {
        Plan plan = DemoPlan.build(TestCounty.context(SEED), TestCounty.TODAY);
        Set<String> keys = new HashSet<>();
        plan.chains().flatMap(c -> c.steps().stream()).filter(s -> !s.isCreate() && s.idempotencyKey() != null)
                .forEach(s -> assertThat(keys.add(s.idempotencyKey())).as(s.idempotencyKey()).isTrue());
        assertThat(keys).allMatch(k -> k.length() <= 200 && k.chars().allMatch(ch -> ch >= 0x21 && ch <= 0x7e));
        plan.chains().flatMap(c -> c.steps().stream()).filter(s -> s.method().equals("POST") && !s.isCreate())
                .forEach(s -> assertThat(s.idempotencyKey()).as(s.path()).isNotNull());
    }

    /**
     * The plan made on a later day is the earlier plan plus what happened since: the same records with the same create
     * bodies, and each record's requests extend the earlier ones. So a run on another day repeats what exists (200)
     * instead of conflicting with it (409), and adds only the new steps.
     */
    @Test
    void aLaterDayExtendsTheEarlierPlan() {
        LocalDate earlier = LocalDate.of(2024, 6, 30);
        Plan a = DemoPlan.build(TestCounty.context(SEED), earlier);
        Plan b = DemoPlan.build(TestCounty.context(SEED), TestCounty.TODAY);
        Map<String, List<Step>> later = new HashMap<>();
        b.chains().forEach(c -> later.put(key(c), c.steps()));
        a.chains().forEach(c -> {
            List<Step> then = c.steps();
            List<Step> now = later.get(key(c));
            assertThat(now).as(c.kind() + " " + c.id()).isNotNull();
            assertThat(now.size()).isGreaterThanOrEqualTo(then.size());
            for (int i = 0; i < then.size(); i++) {
                assertThat(now.get(i).describe()).isEqualTo(then.get(i).describe());
            }
        });
        assertThat(b.requestCount()).isGreaterThan(a.requestCount());
    }

    private static String key(Chain c) {
        return c.id() + (c.startsWithCreate() ? "" : "/" + c.steps().get(0).action());
    }
}
