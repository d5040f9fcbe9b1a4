package cn.xinhuo.assessment;

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

/** A step of an organization's 五好 title, with the confirmed evaluation behind it. */
@Entity
@Table(name = "award_event")
public class AwardEvent extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id", nullable = false)
    public Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public AwardKind kind;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @Column(name = "decided_by", nullable = false, length = 100)
    public String decidedBy;

    @Column(name = "evaluation_id", nullable = false)
    public Long evaluationId;

    @Column(length = 500)
    public String reason;
}
