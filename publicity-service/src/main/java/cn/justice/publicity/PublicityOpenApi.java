package cn.justice.publicity;

import cn.justice.publicity.stats.PublicityStatsResource;
import cn.justice.platform.record.RecordOpenApiFilter;
import cn.justice.publicity.activity.ActivityResource;
import cn.justice.publicity.sms.SmsResource;
import cn.justice.publicity.survey.SurveyResource;
import cn.justice.publicity.unit.UnitResource;

/** The publicity service's OpenAPI document: its records' operations from their APIs (mp.openapi.filter). */
public class PublicityOpenApi extends RecordOpenApiFilter {
    public PublicityOpenApi() {
        super(PublicityStatsResource.API, ActivityResource.API, SmsResource.API, UnitResource.API, SurveyResource.API);
    }
}
