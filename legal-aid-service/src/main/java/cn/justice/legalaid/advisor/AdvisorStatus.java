package cn.justice.legalaid.advisor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ACTIVE (在聘) until ended; ENDED (解聘/期满) by the {@code end} action. */
@Schema(name = "VillageAdvisorStatus", description = "ACTIVE 在聘 (its period may still carry a planned end), ENDED 已结束 (end action)")
public enum AdvisorStatus {
    ACTIVE,
    ENDED
}
