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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;

/** A 五老 and a beneficiary paired for a purpose (帮扶对子), kept where the beneficiary lives. */
@Entity
@Table(name = "pair")
public class Pair extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id", nullable = false)
    public Long organizationId;

    @Column(name = "volunteer_id", nullable = false)
    public Long volunteerId;

    @Column(name = "beneficiary_id", nullable = false)
    public Long beneficiaryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public PairType type;

    @Column(length = 1000)
    public String goals;

    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    @Column(name = "planned_end_on")
    public LocalDate plannedEndOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public PairStatus status;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "end_reason", length = 500)
    public String endReason;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(32)[]")
    public String[] outcomes = new String[0];

    @Column(name = "outcome_note", length = 500)
    public String outcomeNote;
}
