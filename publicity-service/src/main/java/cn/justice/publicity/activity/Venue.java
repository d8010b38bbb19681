package cn.justice.publicity.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 法律七进: the seven kinds of place law is taken into. */
@Schema(name = "ActivityVenue", description = "法律七进: ORGAN 进机关, VILLAGE 进乡村, COMMUNITY 进社区, SCHOOL 进学校, "
        + "ENTERPRISE 进企业, UNIT 进单位, RELIGIOUS_VENUE 进宗教活动场所")
public enum Venue {
    ORGAN,
    VILLAGE,
    COMMUNITY,
    SCHOOL,
    ENTERPRISE,
    UNIT,
    RELIGIOUS_VENUE
}
