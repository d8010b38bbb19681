package cn.justice.legalaid.dutylawyer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where duty lawyers serve (法律援助法第30条: 在人民法院、人民检察院、看守所等场所派驻值班律师). */
@Schema(name = "DutyLawyerPlace", description = "DETENTION_CENTER 看守所, COURT 人民法院, PROCURATORATE 人民检察院")
public enum DutyLawyerPlace {
    DETENTION_CENTER,
    COURT,
    PROCURATORATE
}
