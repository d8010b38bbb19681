package cn.justice.publicity.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Theme (主题) of a publicity activity or SMS campaign (DESIGN §5.4). */
@Schema(name = "PublicityTheme", description = "CONSTITUTION 宪法, CIVIL_CODE 民法典, ANTI_FRAUD 反诈, ANTI_DRUG 禁毒, "
        + "MINORS 未成年人保护, RURAL 乡村振兴/农村法治, SAFETY 安全生产, PARTY_REGULATIONS 党内法规, OTHER 其他")
public enum Theme {
    CONSTITUTION,
    CIVIL_CODE,
    ANTI_FRAUD,
    ANTI_DRUG,
    MINORS,
    RURAL,
    SAFETY,
    PARTY_REGULATIONS,
    OTHER
}
