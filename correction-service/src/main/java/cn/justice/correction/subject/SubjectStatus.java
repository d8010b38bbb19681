package cn.justice.correction.subject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** State of a person under correction (DESIGN §5.2), see {@link SubjectLifecycle}. */
@Schema(name = "SubjectStatus")
public enum SubjectStatus {
    PENDING_REPORT, ACTIVE, MISSING, TERMINATED, REVOKED, DECEASED
}
