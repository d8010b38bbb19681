package cn.justice.publicity.unit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Kind of a 谁执法谁普法 responsible unit (DESIGN §5.4). */
@Schema(name = "ResponsibleUnitKind", description = "COURT 法院, PROCURATORATE 检察院, POLICE 公安, JUSTICE 司法行政, "
        + "ADMIN_AGENCY 行政执法机关, SCHOOL 学校, ENTERPRISE 企业, OTHER 其他")
public enum UnitKind {
    COURT,
    PROCURATORATE,
    POLICE,
    JUSTICE,
    ADMIN_AGENCY,
    SCHOOL,
    ENTERPRISE,
    OTHER
}
