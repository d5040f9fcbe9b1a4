package cn.xinhuo.leadership;

import cn.xinhuo.common.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A seat on an organization's leadership team held by a person from one date to another. */
@Entity
@Table(name = "appointment")
public class Appointment extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id", nullable = false)
    public Long organizationId;

    @Column(name = "person_name", nullable = false, length = 50)
    public String personName;

    @Column(name = "volunteer_id")
    public Long volunteerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public LeaderRole role;

    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "change_reason", length = 500)
    public String changeReason;
}
