package cn.justice.ruleoflaw.officer;

import cn.justice.platform.record.RecordView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An enforcement officer as the API shows it. */
@Schema(name = "EnforcementOfficer", description = "行政执法人员")
public record OfficerView(UUID id,
                          @Schema(description = "Optimistic concurrency version; send it as If-Match") long version,
                          String countyCode,
                          @Schema(description = "null for a county agency's officer") String townshipCode,
                          String name, String agency, String certificateNo,
                          @Schema(description = "执法证考试, in the order recorded") List<OfficerActions.Exam> exams,
                          @Schema(description = "Trainings, in the order recorded") List<OfficerActions.Training> trainings,
                          @Schema(description = "Sum of the trainings' hours") int trainingHours,
                          Instant createdAt, Instant updatedAt) implements RecordView {
    public static OfficerView of(EnforcementOfficer o) {
        return new OfficerView(o.id, o.version, o.countyCode, o.townshipCode, o.name, o.agency, o.certificateNo,
                List.copyOf(o.exams), List.copyOf(o.trainings),
                o.trainings.stream().mapToInt(OfficerActions.Training::hours).sum(), o.createdAt, o.updatedAt);
    }
}
