package cn.justice.platform.web;

import java.util.List;

/** A batch of the sync feed: {@code {"items":[…],"nextCursor":"…"}}; pass nextCursor as {@code since} next time. */
public record Changes<T>(List<T> items, String nextCursor) {
}
