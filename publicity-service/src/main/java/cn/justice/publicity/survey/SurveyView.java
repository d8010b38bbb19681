package cn.justice.publicity.survey;

import cn.justice.platform.record.RecordView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A survey as the API shows it. */
@Schema(name = "Survey", description = "普法知晓率/满意率调查")
public record SurveyView(
        UUID id,
        @Schema(description = "Optimistic concurrency version; send it as If-Match") long version,
        String countyCode,
        String townshipCode,
        int year,
        int respondents,
        int aware,
        int satisfied,
        Instant createdAt,
        Instant updatedAt) implements RecordView {

    public static SurveyView of(Survey s) {
        return new SurveyView(s.id, s.version, s.countyCode, s.townshipCode, s.year, s.respondents, s.aware,
                s.satisfied, s.createdAt, s.updatedAt);
    }
}
