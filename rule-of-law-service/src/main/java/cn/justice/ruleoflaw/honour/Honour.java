package cn.justice.ruleoflaw.honour;

import cn.justice.platform.persistence.TrackedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** 荣誉 the bureau or one of its units or people received. A county record. */
@Entity
@Table(name = "honour")
public class Honour extends TrackedEntity {
    @Enumerated(EnumType.STRING)
    public HonourLevel level;
    public int year;
    public String title;
    public String awardee;
}
