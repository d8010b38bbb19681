package cn.justice.correction.subject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 定期报告: how the person reported. */
@Schema(name = "CheckInMethod")
public enum CheckInMethod {
    IN_PERSON, PHONE, VIDEO
}
