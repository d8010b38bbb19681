package cn.justice.gateway.plan;

import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.security.CurrentCaller;
import cn.justice.platform.security.Roles;
import cn.justice.platform.security.TownshipScope;
import cn.justice.platform.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "Indicator time series")
@RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
public class IndicatorResource {
    /** The longest series served: 10 years by month. */
    static final int MAX_POINTS = 120;

    public enum Granularity { YEAR, QUARTER, MONTH }

    /** One point of a series; {@code target} only on YEAR points. */
    @Schema(name = "SeriesPoint")
    public record Point(@Schema(example = "2026-Q1") String period, LocalDate from, LocalDate to, BigDecimal actual,
                        long numerator, Long denominator, BigDecimal target, Instant asOf) {
    }

    @Schema(name = "Series")
    public record Series(String code, String name, String unit, String orgCode, Granularity granularity, List<Point> points) {
    }

    @Inject
    PlanCatalogue catalogue;
    @Inject
    ProgressService progress;
    @Inject
    Targets targets;
    @Inject
    OrgDirectory orgs;
    @Inject
    CurrentCaller caller;

    @GET
    @Path("{code}/series")
    @Operation(summary = "An indicator per year, quarter or month over a date range",
            description = "Flows count each period's records; stocks are the state at each period's end. Targets (YEAR "
                    + "points) come from the plan covering the year.")
    public Series series(@PathParam("code") @Parameter(example = "MED_DISPUTES") String code,
                         @QueryParam("orgCode") @Parameter(example = "519901") String orgCode,
                         @QueryParam("from") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2021-01-01") String from,
                         @QueryParam("to") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2025-12-31") String to,
                         @QueryParam("granularity") @Parameter(schema = @Schema(implementation = Granularity.class, defaultValue = "YEAR")) String granularity) {
        Indicator indicator = null;
        for (Plan p : catalogue.all()) {
            if (p.indicator(code) != null) {
                indicator = p.indicator(code);
            }
        }
        if (indicator == null) {
            throw ProblemException.notFound("indicator", code);
        }
        String org = TownshipScope.readableOrg(caller.get(), orgCode, orgs).code();
        Granularity g = granularity == null ? Granularity.YEAR : QueryParams.enumOf(Granularity.class, granularity, "granularity");
        QueryParams.DateRange range = QueryParams.requiredRange(from, to);
        LocalDate f = range.from();
        LocalDate t = range.to();
        List<LocalDate[]> periods = periods(g, f, t);
        if (periods.size() > MAX_POINTS) {
            throw ProblemException.invalid("to", "at most " + MAX_POINTS + " points per series; use a coarser granularity");
        }
        List<ProgressService.Value> values = progress.series(indicator, org, periods);
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            LocalDate start = periods.get(i)[0];
            LocalDate endMonth = periods.get(i)[1];
            ProgressService.Value v = values.get(i);
            BigDecimal target = null;
            if (g == Granularity.YEAR) {
                Plan plan = catalogue.forYear(start.getYear());
                Indicator inPlan = plan.indicator(code);
                target = inPlan == null ? null : targets.target(inPlan, start.getYear(),
                        targets.overrides(plan.id(), orgs.countyOf(org)));
            }
            points.add(new Point(label(g, start), start, endMonth.plusMonths(1).minusDays(1), v.actual(), v.numerator(),
                    v.denominator(), target, v.asOf()));
        }
        return new Series(indicator.code(), indicator.name(), indicator.unit(), org, g, points);
    }

    /** Periods as [first month, last month] (first days of months). */
    static List<LocalDate[]> periods(Granularity g, LocalDate from, LocalDate to) {
        int step = switch (g) {
            case YEAR -> 12;
            case QUARTER -> 3;
            case MONTH -> 1;
        };
        LocalDate start = switch (g) {
            case YEAR -> from.withDayOfYear(1);
            case QUARTER -> from.withDayOfMonth(1).withMonth(((from.getMonthValue() - 1) / 3) * 3 + 1);
            case MONTH -> from.withDayOfMonth(1);
        };
        List<LocalDate[]> out = new ArrayList<>();
        for (LocalDate p = start; !p.isAfter(to) && out.size() <= MAX_POINTS; p = p.plusMonths(step)) {
            out.add(new LocalDate[]{p, p.plusMonths(step - 1)});
        }
        return out;
    }

    static String label(Granularity g, LocalDate start) {
        return switch (g) {
            case YEAR -> Integer.toString(start.getYear());
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case MONTH -> start.toString().substring(0, 7);
        };
    }
}
