package cn.justice.correction.subject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 报到/交付 (社区矫正法第21条): a 管制/缓刑/假释 person reports within 10 days of the judgment taking effect (ON_TIME)
 * or after (LATE); a 暂予监外执行 person is handed over (HANDED_OVER) by the prison, detention house or police, on time
 * within 10 days of the decision ({@code intakeOnTime} tells).
 */
@Schema(name = "ReportType")
public enum ReportType {
    ON_TIME, LATE, HANDED_OVER
}
