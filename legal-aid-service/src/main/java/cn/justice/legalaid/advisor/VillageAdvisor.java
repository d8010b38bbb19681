package cn.justice.legalaid.advisor;

import cn.justice.platform.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * 村居法律顾问: an advisor (a lawyer or legal worker of a firm) serving a village or community from {@code validFrom}
 * to {@code validTo} inclusive (open when null). The advisor's name is a professional's, not protected personal data,
 * but it stays out of events all the same.
 */
@Entity
@Table(name = "village_advisor")
public class VillageAdvisor extends TrackedEntity {
    @Column(nullable = false, updatable = false)
    public String villageCode;
    public String advisorName;
    public String firm;
    public LocalDate validFrom;
    public LocalDate validTo;
    @Enumerated(EnumType.STRING)
    public AdvisorStatus status;
    public String endReason;
}
