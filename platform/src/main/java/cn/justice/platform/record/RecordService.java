package cn.justice.platform.record;

import cn.justice.platform.security.Caller;
import cn.justice.platform.web.ChangeCursor;
import cn.justice.platform.web.Changes;

import java.util.UUID;

/**
 * What {@link RecordResource} asks of a record's service: the standard operations. The service keeps the rules,
 * the state machine, the outbox event and the township scope; the resource only carries HTTP.
 *
 * @param <V> the view (response body)
 * @param <C> the create body
 * @param <U> the update (PUT) body
 */
public interface RecordService<V extends RecordView, C, U> {
    /** Creates the record, or answers the earlier one for a repeated client id with the same body. */
    Created<V> create(Caller caller, C body);

    /** One record visible to the caller (404 otherwise). */
    V get(Caller caller, UUID id);

    /**
     * One record; records that hold personal data override this: an unmasked read is audited with its purpose.
     * {@link RecordResource} calls it only for a record API marked {@link RecordApi#personalData()}.
     */
    default V get(Caller caller, UUID id, boolean unmask, String purpose) {
        return get(caller, id);
    }

    /** Edits the editable fields; {@code ifMatch} is the If-Match header (stale: 412). */
    V update(Caller caller, UUID id, String ifMatch, U body);

    /** The sync feed after {@code since}. */
    Changes<V> changes(Caller caller, ChangeCursor since, int limit);
}
