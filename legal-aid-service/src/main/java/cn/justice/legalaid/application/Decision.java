package cn.justice.legalaid.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The decision on an application (审查决定). */
@Schema(name = "LegalAidDecision", description = "GRANTED 给予法律援助, DENIED 不予法律援助")
public enum Decision {
    GRANTED,
    DENIED
}
