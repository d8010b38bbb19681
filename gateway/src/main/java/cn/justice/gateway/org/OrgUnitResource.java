package cn.justice.gateway.org;

import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.org.OrgUnit;
import cn.justice.platform.security.CurrentCaller;
import cn.justice.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/org-units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Org units", description = "County, townships and villages (GB/T 2260 codes)")
public class OrgUnitResource {
    @Inject
    OrgDirectory orgs;
    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "The caller's county as a flat list: county, townships, villages")
    public List<OrgUnit> list() {
        String county = caller.get().countyCode();
        return orgs.all().stream().filter(u -> county != null && u.code().startsWith(county)).toList();
    }
}
