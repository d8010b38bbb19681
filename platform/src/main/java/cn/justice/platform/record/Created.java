package cn.justice.platform.record;

/**
 * The outcome of a create: the record, and whether it was created now (201 with Location) or is a repeat of an
 * earlier create with the same client id and body (200).
 */
public record Created<V extends RecordView>(V record, boolean created) {
}
