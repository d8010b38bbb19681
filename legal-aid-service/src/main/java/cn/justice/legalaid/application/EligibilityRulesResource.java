package cn.justice.legalaid.application;

import cn.justice.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The eligibility rule table of 法律援助法 (read-only), beside the applications it decides: a resource of its own so
 * that the path answers 405 to other methods instead of being taken for an application id.
 */
@Path("/api/v1/legal-aid/applications/eligibility-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "法律援助申请: receipt, review, decision (7 days), assignment (3 days), closing")
public class EligibilityRulesResource {
    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "The eligibility rules (法律援助法 第24/25/29/31/32/36/42条) the service applies",
            description = "Each rule with its article, code, effect and explanation. eligible = a MANDATORY rule applies, "
                    + "or (a SCOPE or HARDSHIP_WAIVED rule applies and hardship is established: a HARDSHIP_WAIVED rule, "
                    + "economicHardship VERIFIED, or a CHECK_EXEMPT rule with economicHardship CLAIMED or EXEMPT).")
    @APIResponse(responseCode = "200", description = "The rule table, in the order eligibilityBasis lists them",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Eligibility.Basis.class)))
    public List<Eligibility.Basis> eligibilityRules() {
        return Eligibility.rules();
    }

}
