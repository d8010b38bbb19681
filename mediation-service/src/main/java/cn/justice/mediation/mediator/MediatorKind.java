package cn.justice.mediation.mediator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 专职 or 兼职 people's mediator. */
@Schema(name = "MediatorKind", description = "FULL_TIME 专职, PART_TIME 兼职")
public enum MediatorKind {
    /** 专职人民调解员. */
    FULL_TIME,
    /** 兼职人民调解员. */
    PART_TIME
}
