package cn.justice.platform.stats;

import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.security.CurrentCaller;
import cn.justice.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.Objects;

/**
 * Every service's {@code GET …/stats} resource, written once: the roles, the checked parameters ({@link StatsQuery}:
 * 400 for a bad range, 403 for an org unit outside the caller's scope), JSON only (the class-level {@code @Produces}
 * of a subclass does not reach a method declared here) and one read-only transaction. The subclass
 * carries its {@code @Path} and {@code @Tag}, counts its measures (the names of DESIGN §7) in {@link #measures}, and
 * says what they mean in its {@link Api} constant, which the service's OpenAPI filter documents.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class StatsEndpoint {
    @Inject
    protected EntityManager em;
    @Inject
    protected OrgDirectory orgs;
    @Inject
    CurrentCaller caller;

    /**
     * What the OpenAPI document says of one service's stats endpoint.
     *
     * @param path        the endpoint's path (the resource's {@code @Path})
     * @param summary     "Measures of the … line for an org unit and a date range"
     * @param description how each measure is counted
     */
    public record Api(String path, String summary, String description) {
        /** The API of a stats resource: its path, and its line of work's name in the summary. */
        public static Api of(Class<? extends StatsEndpoint> resource, String line, String description) {
            Path path = Objects.requireNonNull(resource.getAnnotation(Path.class), resource + " has no @Path");
            return new Api(path.value(), "Measures of the " + line + " line for an org unit and a date range",
                    description);
        }
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    public Stats stats(@QueryParam("orgCode") @Parameter(required = true, example = "519901") String orgCode,
                       @QueryParam("from") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
                       @QueryParam("to") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        return measures(StatsQuery.of(caller.get(), orgs, orgCode, from, to));
    }

    /** The measures for the checked org unit and range, counted in the service's own tables. */
    protected abstract Stats measures(StatsQuery q);
}
