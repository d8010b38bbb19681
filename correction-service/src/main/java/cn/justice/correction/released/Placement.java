package cn.justice.correction.released;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 安置: how the person was placed — employed, self-employed, farming, supported (兜底/低保), other. */
@Schema(name = "Placement")
public enum Placement {
    EMPLOYED, SELF_EMPLOYED, FARMING, SUPPORTED, OTHER
}
