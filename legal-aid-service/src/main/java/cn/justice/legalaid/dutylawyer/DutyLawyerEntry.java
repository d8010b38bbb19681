package cn.justice.legalaid.dutylawyer;

import cn.justice.platform.persistence.TrackedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * 值班律师 (法律援助法第30条): {@code count} services of one kind given by duty lawyers on one day at one place (看守所,
 * 人民法院, 人民检察院); county-wide when {@code townshipCode} is null (the county's detention centre, court and
 * procuratorate serve the whole county).
 */
@Entity
@Table(name = "duty_lawyer_service")
public class DutyLawyerEntry extends TrackedEntity {
    public LocalDate date;
    @Enumerated(EnumType.STRING)
    public DutyLawyerPlace place;
    @Enumerated(EnumType.STRING)
    public DutyLawyerKind kind;
    public int count;
}
