package cn.xinhuo.honor;

import cn.xinhuo.common.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A report about a 五老 in the media (e.g. the city TV station's programme). */
@Entity
@Table(name = "media_coverage")
public class MediaCoverage extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    public Long volunteerId;

    @Column(nullable = false, length = 100)
    public String outlet;

    @Column(name = "covered_on", nullable = false)
    public LocalDate coveredOn;

    @Column(nullable = false, length = 200)
    public String title;
}
