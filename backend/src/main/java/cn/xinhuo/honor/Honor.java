package cn.xinhuo.honor;

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

/** A commendation of a 五老 (典型), with the story behind it. */
@Entity
@Table(name = "honor")
public class Honor extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    public Long volunteerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public HonorLevel level;

    @Column(nullable = false, length = 100)
    public String title;

    @Column(name = "awarded_on", nullable = false)
    public LocalDate awardedOn;

    @Column(length = 100)
    public String issuer;

    @Column(length = 4000)
    public String story;
}
