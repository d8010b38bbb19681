package cn.justice.ruleoflaw.honour;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who conferred the honour. */
@Schema(name = "HonourLevel", description = "NATIONAL 国家级, PROVINCE 省级, COUNTY 县级")
public enum HonourLevel {
    NATIONAL,
    PROVINCE,
    COUNTY
}
