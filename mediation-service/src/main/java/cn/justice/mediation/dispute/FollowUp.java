package cn.justice.mediation.dispute;

import java.time.LocalDate;

/** 回访 record kept on the dispute. */
public record FollowUp(LocalDate date, Performance performed, String notes) {
}
