package cn.justice.correction.released;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** State of a released person (DESIGN §5.2), see {@link ReleasedLifecycle}. */
@Schema(name = "ReleasedPersonStatus")
public enum ReleasedStatus {
    REGISTERED, CONNECTED, PLACED, CLOSED
}
