package cn.justice.correction.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 性别 (DESIGN §5.5). */
@Schema(name = "Gender")
public enum Gender {
    MALE, FEMALE
}
