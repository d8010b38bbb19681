package cn.justice.ruleoflaw;

import cn.justice.ruleoflaw.stats.RuleOfLawStatsResource;
import cn.justice.platform.record.RecordOpenApiFilter;
import cn.justice.platform.security.Roles;
import cn.justice.ruleoflaw.assistance.AssistanceResource;
import cn.justice.ruleoflaw.honour.HonourResource;
import cn.justice.ruleoflaw.inspection.InspectionResource;
import cn.justice.ruleoflaw.officer.OfficerResource;
import cn.justice.ruleoflaw.project.ProjectResource;
import cn.justice.ruleoflaw.reconsideration.ReconsiderationResource;
import cn.justice.ruleoflaw.review.ReviewResource;
import cn.justice.ruleoflaw.selection.SelectionResource;

import java.util.List;

/** The rule-of-law service's OpenAPI document: its records' operations from their APIs (mp.openapi.filter). */
public class RuleOfLawOpenApi extends RecordOpenApiFilter {
    /** X-Purpose here: the whole record's read is audited, not only its personal data. */
    public static final String PURPOSE = "Why the record is read (kept in the audit log); percent-encode non-ASCII "
            + "text (UTF-8)";

    /** Who writes county records (reconsiderations, document reviews): a township officer gets 403. */
    public static final List<String> COUNTY_WRITERS = List.of(Roles.COUNTY_ADMIN, Roles.INTEGRATION);

    public RuleOfLawOpenApi() {
        super(RuleOfLawStatsResource.API, ReconsiderationResource.API, ReviewResource.API, OfficerResource.API, InspectionResource.API,
                SelectionResource.API, HonourResource.API, ProjectResource.API, AssistanceResource.API);
    }
}
