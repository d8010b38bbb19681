package cn.justice.publicity.survey;

import cn.justice.platform.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** 普法知晓率/满意率调查 of a township in a year: respondents, of them aware (知晓) and satisfied (满意). */
@Entity
@Table(name = "survey")
public class Survey extends TrackedEntity {
    @Column(nullable = false)
    public int year;
    @Column(nullable = false)
    public int respondents;
    @Column(nullable = false)
    public int aware;
    @Column(nullable = false)
    public int satisfied;
}
