package cn.justice.correction.subject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 解除矫正: the term ran out (期满) or a pardon (特赦). */
@Schema(name = "TerminationReason")
public enum TerminationReason {
    EXPIRED, PARDONED
}
