package cn.justice.mediation.committee;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** State of a committee: ACTIVE (在册) until the action {@code dissolve} makes it DISSOLVED (撤销). */
@Schema(name = "CommitteeStatus", description = "ACTIVE 在册, DISSOLVED 已撤销")
public enum CommitteeStatus {
    ACTIVE,
    DISSOLVED
}
