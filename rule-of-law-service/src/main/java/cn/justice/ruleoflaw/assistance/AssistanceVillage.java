package cn.justice.ruleoflaw.assistance;

import cn.justice.platform.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** 帮扶村: the bureau's assistance to one village in one year — cadres sent (驻村干部) and funds (万元). */
@Entity
@Table(name = "assistance_village")
public class AssistanceVillage extends TrackedEntity {
    @Column(nullable = false, length = 12)
    public String villageCode;
    public int year;
    public int cadres;
    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal funds;
}
