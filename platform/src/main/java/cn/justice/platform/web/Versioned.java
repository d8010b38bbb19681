package cn.justice.platform.web;

/** A record as the API shows it, with the version its ETag carries. */
public interface Versioned {
    long version();
}
