package cn.justice.platform.persistence;

import cn.justice.platform.problem.ProblemException;

/**
 * Client-supplied ids on create (DESIGN §3, offline mobile clients): creating the same id again with the same body
 * returns the existing record (200), with another body it is a 409.
 */
public final class ClientIds {
    private ClientIds() {
    }

    /**
     * @return true when {@code existing} is the same create repeated (answer it with 200); false when there is no
     * existing record (go on and create)
     * @throws ProblemException 409 when the id is taken by a different record
     */
    public static boolean isRepeat(TrackedEntity existing, String fingerprint, String what) {
        if (existing == null) {
            return false;
        }
        if (fingerprint.equals(existing.createFingerprint)) {
            return true;
        }
        throw ProblemException.conflict(what + " " + existing.id + " already exists with different content");
    }
}
