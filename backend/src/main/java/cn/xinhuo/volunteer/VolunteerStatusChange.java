package cn.xinhuo.volunteer;

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

/** One step of a 五老's status history (进城养老, 陪读, back again …). */
@Entity
@Table(name = "volunteer_status_change")
public class VolunteerStatusChange extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "volunteer_status_change_id")
    // blocks of 50 (V10): an import inserts in batches
    @jakarta.persistence.SequenceGenerator(name = "volunteer_status_change_id", sequenceName = "volunteer_status_change_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    public Long volunteerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public VolunteerStatus status;

    @Column(name = "changed_on", nullable = false)
    public LocalDate changedOn;

    @Column(length = 500)
    public String reason;
}
