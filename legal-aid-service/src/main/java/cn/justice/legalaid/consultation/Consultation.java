package cn.justice.legalaid.consultation;

import cn.justice.platform.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** 法律咨询: {@code count} consultations on one day through one channel (a busy desk enters them as a batch). */
@Entity
@Table(name = "consultation")
public class Consultation extends TrackedEntity {
    public String villageCode;
    @Column(nullable = false)
    public LocalDate date;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsultationChannel channel;
    @Column(nullable = false)
    public String topic;
    @Column(nullable = false)
    public int count;
}
