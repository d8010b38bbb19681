package cn.justice.ruleoflaw.honour;

import cn.justice.platform.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** 荣誉 the bureau or one of its units or people received. A county record. */
@Entity
@Table(name = "honour")
public class Honour extends TrackedEntity {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HonourLevel level;
    @Column(nullable = false)
    public int year;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String awardee;
}
