package cn.justice.correction.subject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** State of a person under correction (DESIGN §5.2, §10.1), see {@link SubjectLifecycle}. */
@Schema(name = "SubjectStatus")
public enum SubjectStatus {
    PENDING_REPORT, ACTIVE, MISSING, REVOCATION_PROPOSED, TERMINATED, REVOKED, DECEASED, TRANSFERRED_OUT
}
