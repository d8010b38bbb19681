package cn.justice.legalaid.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** 补充材料: what was asked for, when, and when it arrived (null while waiting). Waiting days stop the decision clock. */
@Schema(name = "MaterialRequest")
public record MaterialRequest(List<String> items, LocalDate requestedOn,
                              @Schema(description = "Null while waiting") LocalDate receivedOn,
                              @Schema(description = "法律援助法第43条: due by this day (default requestedOn + 15 days); "
                                      + "past it without materials-received the application is deemed withdrawn")
                              LocalDate dueOn) {
}
