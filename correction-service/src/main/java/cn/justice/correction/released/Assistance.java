package cn.justice.correction.released;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** 帮教: one assistance visit, with an optional note (free text: never in events). */
@Schema(name = "ReleasedPersonAssistance")
public record Assistance(LocalDate on, String note, @Schema(description = "Token subject of who recorded it") String by) {
}
