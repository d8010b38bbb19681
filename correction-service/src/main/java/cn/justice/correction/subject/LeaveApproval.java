package cn.justice.correction.subject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who approved a leave (实施办法第26条): the township office (≤ 7 days), the county (8–30 days), or the county with the prefecture's approval (over 30 days, or over 30 days in two months together). */
@Schema(name = "LeaveApproval")
public enum LeaveApproval {
    TOWNSHIP, COUNTY, PREFECTURE
}
