package cn.justice.correction.subject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sanction a township office proposes to the county (实施办法第34–35条): 训诫 (ADMONISH) or 警告 (WARN). */
@Schema(name = "SanctionKind")
public enum SanctionKind {
    ADMONISH, WARN
}
