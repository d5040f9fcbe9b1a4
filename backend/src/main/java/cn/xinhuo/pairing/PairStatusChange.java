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

import java.time.LocalDate;

/** One step of a pair's lifecycle. */
@Entity
@Table(name = "pair_status_change")
public class PairStatusChange extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "pair_id", nullable = false)
    public Long pairId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public PairStatus status;

    @Column(name = "changed_on", nullable = false)
    public LocalDate changedOn;

    @Column(length = 500)
    public String reason;
}
