package cn.justice.ruleoflaw.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The legality opinion (合法性审查意见). AMEND and UNLAWFUL found issues (documents_with_issues). */
@Schema(name = "DocumentReviewOpinion", description = "LAWFUL 合法, AMEND 修改后可以出台, UNLAWFUL 不合法/不得出台")
public enum ReviewOpinion {
    LAWFUL,
    AMEND,
    UNLAWFUL;

    public boolean foundIssues() {
        return this != LAWFUL;
    }
}
