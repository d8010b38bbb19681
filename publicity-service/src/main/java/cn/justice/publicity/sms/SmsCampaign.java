package cn.justice.publicity.sms;

import cn.justice.platform.persistence.TrackedEntity;
import cn.justice.publicity.common.Theme;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** 普法短信: messages sent on a day, county-wide ({@code townshipCode} null) or to one township. */
@Entity
@Table(name = "sms_campaign")
public class SmsCampaign extends TrackedEntity {
    public LocalDate sentOn;
    public int messagesSent;
    @Enumerated(EnumType.STRING)
    public Theme theme;
}
