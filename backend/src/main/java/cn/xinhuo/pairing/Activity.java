package cn.xinhuo.pairing;

import cn.xinhuo.common.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a pair did on a day: 春播指导, 接送上学, a home visit … and who recorded it. */
@Entity
@Table(name = "activity")
public class Activity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "pair_id", nullable = false)
    public Long pairId;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public ActivityKind kind;

    @Column(nullable = false, precision = 5, scale = 2)
    public BigDecimal hours;

    @Column(name = "distance_km", precision = 6, scale = 1)
    public BigDecimal distanceKm;

    @Column(length = 1000)
    public String notes;

    /** The user who entered it — often a group leader for a 五老 without a phone. */
    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;
}
