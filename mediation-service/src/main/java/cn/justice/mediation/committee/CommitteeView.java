package cn.justice.mediation.committee;

import cn.justice.platform.record.RecordView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A committee as the API shows it. */
@Schema(name = "Committee", description = "人民调解委员会 (调委会)")
public record CommitteeView(
        UUID id,
        @Schema(description = "Optimistic concurrency version; send it as If-Match") long version,
        String countyCode,
        String townshipCode,
        String villageCode,
        String name,
        CommitteeType type,
        LocalDate establishedOn,
        @Schema(description = "备案 date") LocalDate filedOn,
        @Schema(description = "3 to 9 (人民调解法第8条); committees registered before the rule may show other values")
        int memberCount,
        @Schema(description = "妇女成员 (人民调解法第8条); null: not recorded") Integer womenMembers,
        @Schema(description = "少数民族成员 (人民调解法第8条); null: not recorded") Integer minorityMembers,
        @Schema(description = "True while womenMembers or minorityMembers was never recorded (committees registered "
                + "before 人民调解法第8条 was enforced)") boolean compositionUnknown,
        @Schema(description = "End of the current 3-year term (人民调解法第9条); null: not recorded") LocalDate termEndsOn,
        CommitteeStatus status,
        @Schema(description = "规范化: every criterion of the latest assessment was met") boolean standardized,
        @Schema(description = "The latest assessment; null until assessed") Assessment assessment,
        LocalDate dissolvedOn,
        @Schema(description = "DISSOLVED: why") String dissolveReason,
        Instant createdAt,
        Instant updatedAt) implements RecordView {

    /** The latest 规范化 assessment. */
    @Schema(name = "CommitteeAssessment")
    public record Assessment(LocalDate assessedOn,
                             @Schema(description = "criterion code → met, every criterion of the checklist")
                             Map<String, Boolean> criteria,
                             @Schema(description = "Codes of the unmet criteria") List<String> unmet) {
    }

    public static CommitteeView of(Committee c) {
        Assessment a = null;
        if (c.assessedOn != null) {
            Map<String, Boolean> criteria = StandardizationCriteria.asMap(c.assessmentCriteria);
            List<String> unmet = criteria.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
            a = new Assessment(c.assessedOn, criteria, unmet);
        }
        return new CommitteeView(c.id, c.version, c.countyCode, c.townshipCode, c.villageCode, c.name, c.type,
                c.establishedOn, c.filedOn, c.memberCount, c.womenMembers, c.minorityMembers, c.compositionUnknown(),
                c.termEndsOn, c.status, c.standardized, a, c.dissolvedOn,
                c.dissolveReason, c.createdAt, c.updatedAt);
    }
}
