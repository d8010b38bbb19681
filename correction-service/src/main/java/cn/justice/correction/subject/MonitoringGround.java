package cn.justice.correction.subject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 电子定位 only on one of these grounds (社区矫正法第29条): 违反禁止令, 无正当理由未经批准离开所居住的市县, 拒不按照规定报告自己的活动情况被给予警告, 违反监督管理规定受到治安管理处罚, 拟提请撤销缓刑/假释或者暂予监外执行收监执行. */
@Schema(name = "MonitoringGround")
public enum MonitoringGround {
    PROHIBITION_VIOLATED, LEFT_AREA_UNAPPROVED, WARNED_FOR_NOT_REPORTING, PUNISHED, REVOCATION_PENDING
}
