package cn.justice.legalaid.consultation;

import cn.justice.platform.persistence.TrackedEntity;
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
    public LocalDate date;
    @Enumerated(EnumType.STRING)
    public ConsultationChannel channel;
    public String topic;
    public int count;
}
