package cn.justice.demo;

import cn.justice.demo.plan.Json;
import cn.justice.demo.plan.Org;
import cn.justice.demo.plan.PlanContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/** The demo county as the services see it: the org directory data file of the platform module (no network). */
public final class TestCounty {
    /** A fixed "today" so the tests do not depend on the day they run. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static Org org;

    private TestCounty() {
    }

    public static synchronized Org org() {
        if (org == null) {
            try (InputStream in = TestCounty.class.getClassLoader().getResourceAsStream("justice/org-units.json")) {
                if (in == null) {
                    throw new IllegalStateException("justice/org-units.json (platform module) is not on the test classpath");
                }
                org = Org.parse(Json.MAPPER.readTree(in), "519901");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return org;
    }

    public static PlanContext context(long seed) {
        return new PlanContext(seed, org());
    }
}
