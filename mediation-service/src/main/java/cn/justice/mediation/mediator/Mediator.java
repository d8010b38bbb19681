package cn.justice.mediation.mediator;

import cn.justice.platform.persistence.TrackedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * 人民调解员: a people's mediator appointed (聘任) by a mediation committee, full- or part-time, possibly a traditional
 * mediator (德古), with the trainings (培训) attended. The name is personal data: masked in lists, never in events.
 */
@Entity
@Table(name = "mediator")
public class Mediator extends TrackedEntity {
    public UUID committeeId;
    public String name;
    @Enumerated(EnumType.STRING)
    public MediatorKind kind;
    /** 德古: a traditional Yi mediator. */
    public boolean traditional;
    public LocalDate appointedOn;
    public LocalDate termEndsOn;
    @Enumerated(EnumType.STRING)
    public MediatorStatus status;
    public LocalDate retiredOn;
    /** In the order recorded; appending one bumps the mediator's version. */
    @ElementCollection
    @CollectionTable(name = "mediator_training", joinColumns = @JoinColumn(name = "mediator_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 200)
    public List<Training> trainings = new ArrayList<>();

    /** The term has ended and the mediator was neither retired nor reappointed. */
    public boolean termExpired(LocalDate today) {
        return status == MediatorStatus.ACTIVE && termEndsOn != null && today.isAfter(termEndsOn);
    }
}
