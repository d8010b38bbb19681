package cn.justice.legalaid.notarization;

import cn.justice.platform.persistence.TrackedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** 公证: {@code count} notarial acts of one kind on one day; county-wide when {@code townshipCode} is null. */
@Entity
@Table(name = "notarization")
public class Notarization extends TrackedEntity {
    public LocalDate date;
    @Enumerated(EnumType.STRING)
    public NotarizationKind kind;
    public int count;
}
