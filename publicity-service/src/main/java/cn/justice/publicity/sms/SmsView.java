package cn.justice.publicity.sms;

import cn.justice.platform.record.RecordView;
import cn.justice.publicity.common.Theme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An SMS campaign as the API shows it. */
@Schema(name = "SmsCampaign", description = "普法短信")
public record SmsView(
        UUID id,
        @Schema(description = "Optimistic concurrency version; send it as If-Match") long version,
        String countyCode,
        @Schema(description = "Null for a county-wide campaign") String townshipCode,
        LocalDate sentOn,
        int messagesSent,
        Theme theme,
        Instant createdAt,
        Instant updatedAt) implements RecordView {

    public static SmsView of(SmsCampaign s) {
        return new SmsView(s.id, s.version, s.countyCode, s.townshipCode, s.sentOn, s.messagesSent, s.theme,
                s.createdAt, s.updatedAt);
    }
}
