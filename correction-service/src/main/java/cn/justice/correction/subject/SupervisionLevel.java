package cn.justice.correction.subject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 监管等级: 严管, 普管, 宽管. */
@Schema(name = "SupervisionLevel")
public enum SupervisionLevel {
    STRICT, ORDINARY, LENIENT
}
