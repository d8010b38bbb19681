package cn.justice.ruleoflaw.selection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who is selected: people's jurors (人民陪审员) or people's supervisors (人民监督员). */
@Schema(name = "AssessorKind", description = "JUROR 人民陪审员, SUPERVISOR 人民监督员")
public enum AssessorKind {
    JUROR,
    SUPERVISOR
}
