package cn.justice.mediation;

import cn.justice.mediation.committee.CommitteeResource;
import cn.justice.mediation.dispute.DisputeResource;
import cn.justice.mediation.mediator.MediatorResource;
import cn.justice.mediation.stats.MediationStatsResource;
import cn.justice.platform.record.RecordOpenApiFilter;

/** The mediation service's OpenAPI document: its records' operations from their APIs (mp.openapi.filter). */
public class MediationOpenApi extends RecordOpenApiFilter {
    public MediationOpenApi() {
        super(MediationStatsResource.API, CommitteeResource.API, MediatorResource.API, DisputeResource.API);
    }
}
