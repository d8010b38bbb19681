package cn.justice.publicity.activity;

import cn.justice.platform.record.RecordQuery;
import cn.justice.publicity.common.Theme;

import java.time.LocalDate;
import java.util.UUID;

/** List filters of {@code GET …/activities}; dates apply to {@code heldOn}. */
public record ActivityFilter(String townshipCode, ActivityStatus status, Theme theme, Venue venue, ActivityFormat format,
                             UUID organizerUnitId, LocalDate from, LocalDate to) {
    static ActivityFilter of(RecordQuery q) {
        return new ActivityFilter(q.township(), q.enumOf("status", ActivityStatus.class), q.enumOf("theme", Theme.class),
                q.enumOf("venue", Venue.class), q.enumOf("format", ActivityFormat.class), q.uuid("organizerUnitId"),
                q.from("heldOn"), q.to("heldOn"));
    }
}
