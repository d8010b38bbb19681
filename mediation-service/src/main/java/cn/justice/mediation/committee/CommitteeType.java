package cn.justice.mediation.committee;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Kind of people's mediation committee (人民调解委员会类型). */
@Schema(name = "CommitteeType", description = "VILLAGE 村调委会, COMMUNITY 社区调委会, TOWNSHIP 乡镇调委会, "
        + "PROFESSIONAL 行业性专业性调委会, POLICE_STATION 驻派出所调解室, COURT 驻法院调解室, OTHER 其他")
public enum CommitteeType {
    /** 村人民调解委员会. */
    VILLAGE,
    /** 社区（居委会）人民调解委员会. */
    COMMUNITY,
    /** 乡镇（街道）人民调解委员会. */
    TOWNSHIP,
    /** 行业性、专业性人民调解委员会 (e.g. medical, traffic, labour). */
    PROFESSIONAL,
    /** 驻派出所人民调解室 (police-station mediation room; counted as {@code police_rooms}). */
    POLICE_STATION,
    /** 驻法院人民调解室. */
    COURT,
    /** 其他. */
    OTHER;

    /** Village- and community-level committees belong to a village or community (村/居), so they name it. */
    public boolean needsVillage() {
        return this == VILLAGE || this == COMMUNITY;
    }
}
