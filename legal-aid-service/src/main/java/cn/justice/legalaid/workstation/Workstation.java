package cn.justice.legalaid.workstation;

import cn.justice.platform.persistence.TrackedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** 法律援助工作站: active from {@code openedOn}; closed on {@code closedOn} (not active at the end of that day). */
@Entity
@Table(name = "workstation")
public class Workstation extends TrackedEntity {
    public String name;
    @Enumerated(EnumType.STRING)
    public WorkstationKind kind;
    @Enumerated(EnumType.STRING)
    public WorkstationStatus status;
    public LocalDate openedOn;
    public LocalDate closedOn;
    public String closeReason;
}
