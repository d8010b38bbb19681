package cn.justice.mediation.mediator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One training (业务培训) a mediator attended; a row of {@code mediator_training}. */
@Embeddable
public class Training {
    @Column(name = "training_date", nullable = false)
    public LocalDate date;
    @Column(nullable = false, precision = 4, scale = 1)
    public BigDecimal hours;
    public String topic;

    public Training() {
    }

    public Training(LocalDate date, BigDecimal hours, String topic) {
        this.date = date;
        this.hours = hours;
        this.topic = topic;
    }
}
