package cn.justice.publicity.activity;

import cn.justice.publicity.common.Theme;

import java.time.LocalDate;
import java.util.UUID;

/** List filters of {@code GET …/activities}; dates apply to {@code heldOn}. */
public record ActivityFilter(String townshipCode, ActivityStatus status, Theme theme, Venue venue, ActivityFormat format,
                             UUID organizerUnitId, LocalDate from, LocalDate to) {
}
