package cn.justice.gateway.workqueue;

import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.org.OrgUnit;
import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.security.CurrentCaller;
import cn.justice.platform.security.Roles;
import cn.justice.platform.security.TownshipScope;
import cn.justice.platform.web.PageParams;
import cn.justice.platform.web.PageRequest;
import cn.justice.platform.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Map;

@Path("/api/v1/work-queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Work queue", description = "Items due or overdue across the lines (待办), from the read model")
@RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
public class WorkQueueResource {
    /** The longest look-ahead: the 帮教期 items lie up to five years ahead. */
    static final Period MAX_WITHIN = Period.ofYears(10);
    /** A period of years, months, weeks and days, at least one of them (no time part, no sign). */
    static final String WITHIN_PATTERN = "^P(?=\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$";
    private static final java.util.regex.Pattern WITHIN = java.util.regex.Pattern.compile(WITHIN_PATTERN);
    private static final Map<String, String> SORT = PageRequest.sortable("dueOn");

    @Inject
    Clock clock;
    @Inject
    OrgDirectory orgs;
    @Inject
    CurrentCaller caller;
    @Inject
    WorkQueueService queue;

    @GET
    @Operation(summary = "The work queue (待办) of an org unit: items due within a period or overdue, by due date",
            description = """
                    Built from the events (it answers while a service is down): every open item of the records of the \
                    org unit — a county: all of its townships' and its county records'; a township: its own (a township \
                    officer may only ask for its own township, 403 otherwise). An item is listed when its dueOn is on \
                    or before today + within, so overdue items always are; overdue and severity are judged against the \
                    bureau's today (Asia/Shanghai) at the time of the request. asOf is the time of the newest event \
                    included, as for progress. No personal data: the client opens the record on its service.""")
    public WorkQueue workQueue(
            @QueryParam("orgCode") @Parameter(description = "County (6 digits) or township (9 digits); default: the caller's township or county", example = "519901101") String orgCode,
            @QueryParam("within") @Parameter(description = "ISO-8601 period (days, weeks, months, years) ahead of today; from P0D to P10Y",
                    schema = @Schema(defaultValue = "P7D", pattern = WITHIN_PATTERN), example = "P7D") String within,
            @QueryParam("kind") @Parameter(description = "Only items of this kind", schema = @Schema(implementation = WorkKind.class)) String kind,
            @BeanParam PageParams pageParams) {
        OrgUnit org = TownshipScope.readableOrg(caller.get(), orgCode, orgs);
        WorkKind k = QueryParams.enumOf(WorkKind.class, kind, "kind");
        Period ahead = within(within);
        PageRequest page = pageParams.request(null, SORT, false);
        LocalDate today = LocalDate.now(clock);
        return queue.read(org, k, today, today.plus(ahead), page.page(), page.size());
    }

    /** The look-ahead: P7D by default; a malformed, negative or longer than {@link #MAX_WITHIN} period is a 400. */
    static Period within(String within) {
        if (within == null || within.isBlank()) {
            return Period.ofDays(7);
        }
        if (!WITHIN.matcher(within).matches()) {
            throw ProblemException.invalid("within", "must be an ISO-8601 period such as P7D, P2W or P1M");
        }
        Period p;
        try {
            p = Period.parse(within);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("within", "must be an ISO-8601 period such as P7D, P2W or P1M");
        }
        try {
            LocalDate base = LocalDate.of(2000, 1, 1);
            if (base.plus(p).isAfter(base.plus(MAX_WITHIN))) {
                throw ProblemException.invalid("within", "must be at most " + MAX_WITHIN);
            }
        } catch (DateTimeException | ArithmeticException e) {
            throw ProblemException.invalid("within", "must be at most " + MAX_WITHIN);
        }
        return p;
    }
}
