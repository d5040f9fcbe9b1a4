package cn.xinhuo.leadership;

import cn.xinhuo.common.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A leader, as appointed, at a training. */
@Entity
@Table(name = "training_attendance")
public class TrainingAttendance extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "training_id", nullable = false)
    public Long trainingId;

    @Column(name = "appointment_id", nullable = false)
    public Long appointmentId;
}
