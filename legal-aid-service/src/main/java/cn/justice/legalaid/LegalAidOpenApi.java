package cn.justice.legalaid;

import cn.justice.legalaid.advisor.AdvisorResource;
import cn.justice.legalaid.application.ApplicationResource;
import cn.justice.legalaid.consultation.ConsultationResource;
import cn.justice.legalaid.dutylawyer.DutyLawyerResource;
import cn.justice.legalaid.notarization.NotarizationResource;
import cn.justice.legalaid.workstation.WorkstationResource;
import cn.justice.legalaid.stats.LegalAidStatsResource;
import cn.justice.platform.record.RecordOpenApiFilter;

/** The legal aid service's OpenAPI document: its records' operations from their APIs (mp.openapi.filter). */
public class LegalAidOpenApi extends RecordOpenApiFilter {
    public LegalAidOpenApi() {
        super(LegalAidStatsResource.API, ApplicationResource.API, ConsultationResource.API, WorkstationResource.API, NotarizationResource.API,
                AdvisorResource.API, DutyLawyerResource.API);
    }
}
