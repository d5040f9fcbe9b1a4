package cn.xinhuo.team;

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

/** A 五老 team (关爱团, 报告团, 艺术团 …) attached to an organization. */
@Entity
@Table(name = "team")
public class Team extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id", nullable = false)
    public Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public TeamType type;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(name = "leader_id")
    public Long leaderId;

    @Column(name = "established_on")
    public LocalDate establishedOn;
}
