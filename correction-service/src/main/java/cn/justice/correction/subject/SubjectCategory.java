package cn.justice.correction.subject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 矫正类别: 管制, 缓刑, 假释, 暂予监外执行. */
@Schema(name = "SubjectCategory")
public enum SubjectCategory {
    CONTROL, PROBATION, PAROLE, MEDICAL_PAROLE
}
