package cn.justice.platform.record;

import cn.justice.platform.web.Versioned;

import java.util.UUID;

/** A record as the API shows it: its id (the Location of a create) and the version its ETag carries. */
public interface RecordView extends Versioned {
    UUID id();
}
