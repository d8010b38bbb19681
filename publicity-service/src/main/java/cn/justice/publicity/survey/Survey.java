package cn.justice.publicity.survey;

import cn.justice.platform.persistence.TrackedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** 普法知晓率/满意率调查 of a township in a year: respondents, of them aware (知晓) and satisfied (满意). */
@Entity
@Table(name = "survey")
public class Survey extends TrackedEntity {
    public int year;
    public int respondents;
    public int aware;
    public int satisfied;
}
