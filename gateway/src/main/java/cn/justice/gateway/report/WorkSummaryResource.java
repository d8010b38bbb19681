package cn.justice.gateway.report;

import cn.justice.gateway.plan.PlanCatalogue;
import cn.justice.gateway.plan.Progress;
import cn.justice.gateway.plan.ProgressCsv;
import cn.justice.gateway.plan.ProgressService;
import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.org.OrgUnit;
import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.security.CurrentCaller;
import cn.justice.platform.security.Roles;
import cn.justice.platform.security.TownshipScope;
import cn.justice.platform.web.QueryParams;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "The written work summary, from the figures")
@RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
public class WorkSummaryResource {
    static final String MARKDOWN = "text/markdown; charset=UTF-8";
    static final String HTML = "text/html; charset=UTF-8";

    /** The bureau's clock; its zone (justice.zone) is the one the report's times are written in. */
    @Inject
    java.time.Clock clock;
    @Inject
    Template workSummary;
    @Inject
    ReportFigures figures;
    @Inject
    PlanCatalogue catalogue;
    @Inject
    ProgressService progress;
    @Inject
    OrgDirectory orgs;
    @Inject
    CurrentCaller caller;

    /** Lookup for the template: a figure per measure, "no data" for one never recorded. */
    public record Figures(Map<String, ReportFigures.Figure> byMeasure) {
        public ReportFigures.Figure get(String measure) {
            return byMeasure.getOrDefault(measure, new ReportFigures.Figure(0, false));
        }

        /** numerator / denominator in percent (one decimal), "暂无数据" when the denominator is 0. */
        public String rate(String numerator, String denominator) {
            return ReportFigures.percent(get(numerator).value(), get(denominator).value());
        }
    }

    /** One plan indicator as the report's table shows it. */
    public record Row(String name, String actual, String target, String status) {
    }

    @GET
    @Path("work-summary")
    @Produces({"text/markdown", "text/html"})
    @Operation(summary = "The work summary (工作总结) written from the figures of a period",
            description = "Structure of the bureau's own report: the period's honours, 法治宣传, 依法行政与法治政府建设 "
                    + "(reviews, reconsiderations, enforcement officers, assessors), 基层基础 (社区矫正, 人民调解, projects), "
                    + "法律服务, 帮扶工作 (assistance villages), then the plan indicators of the last year with their status. Every figure comes from the read model; a "
                    + "figure never recorded is stated as 暂无数据. Markdown by default; HTML for Accept: text/html or format=html.")
    public Response workSummary(@QueryParam("orgCode") @Parameter(example = "519901") String orgCode,
                                @QueryParam("from") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2021-01-01") String from,
                                @QueryParam("to") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2025-12-31") String to,
                                @QueryParam("format") @Parameter(schema = @Schema(enumeration = {"markdown", "html"})) String format,
                                @HeaderParam("Accept") @Parameter(hidden = true) String accept) {
        OrgUnit unit = TownshipScope.readableOrg(caller.get(), orgCode, orgs);
        String org = unit.code();
        QueryParams.DateRange range = QueryParams.requiredRange(from, to);
        LocalDate f = range.from();
        LocalDate t = range.to();
        boolean html = format != null ? parseFormat(format) : accept != null && accept.contains("text/html");
        var plan = catalogue.forYear(t.getYear());
        int year = Math.max(plan.fromYear(), Math.min(plan.toYear(), t.getYear()));
        Progress p = progress.progress(plan, org, year);
        List<Row> rows = p.indicators().stream().map(i -> new Row(i.name(),
                i.actual() == null || i.status() == cn.justice.gateway.plan.IndicatorStatus.Status.NO_DATA
                        ? "暂无数据" : i.actual().toPlainString() + unitSuffix(i.unit()),
                i.target() == null ? "—" : i.target().toPlainString() + unitSuffix(i.unit()),
                ProgressCsv.statusZh(i.status()))).toList();
        String markdown = workSummary
                .data("org", unit.name())
                .data("from", f.toString())
                .data("to", t.toString())
                .data("asOf", p.asOf() == null ? "暂无事件" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .withZone(clock.getZone()).format(p.asOf()))
                .data("f", new Figures(figures.load(org, f, t)))
                .data("planName", plan.name())
                .data("year", year)
                .data("indicators", rows)
                .render();
        return html ? Response.ok(MarkdownHtml.page(unit.name() + "司法局工作总结", markdown), HTML).build()
                : Response.ok(markdown, MARKDOWN).build();
    }

    private static boolean parseFormat(String format) {
        return switch (format.toLowerCase()) {
            case "html" -> true;
            case "markdown", "md" -> false;
            default -> throw ProblemException.invalid("format", "must be markdown or html");
        };
    }

    private static String unitSuffix(String unit) {
        return unit == null ? "" : unit.equals("%") ? "%" : unit;
    }
}
