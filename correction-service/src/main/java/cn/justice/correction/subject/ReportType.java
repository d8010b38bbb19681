package cn.justice.correction.subject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 报到: within 10 days of the judgment taking effect (ON_TIME) or after (LATE). */
@Schema(name = "ReportType")
public enum ReportType {
    ON_TIME, LATE
}
