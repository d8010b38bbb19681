package cn.justice.mediation.mediator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** State of a mediator: ACTIVE (在任) until the action {@code retire} makes it RETIRED (解聘/离任). */
@Schema(name = "MediatorStatus", description = "ACTIVE 在任, RETIRED 解聘/离任")
public enum MediatorStatus {
    ACTIVE,
    RETIRED
}
