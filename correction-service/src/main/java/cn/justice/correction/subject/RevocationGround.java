package cn.justice.correction.subject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 提请撤销缓刑/假释或收监执行的事由 (社区矫正法第46–49条; 实施办法第46–49条). */
@Schema(name = "RevocationGround")
public enum RevocationGround {
    PROHIBITION_VIOLATED, NOT_REPORTED, MISSING_OVER_MONTH, PUNISHED_NOT_CORRECTED, TWO_WARNINGS, REOFFENDED, OTHER_SERIOUS
}
