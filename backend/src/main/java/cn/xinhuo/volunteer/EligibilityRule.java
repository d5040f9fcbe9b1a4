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

/** The minimum age of a 五老 for a residence and gender, from a date on. */
@Entity
@Table(name = "eligibility_rule")
public class EligibilityRule extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Residence residence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Gender gender;

    @Column(name = "min_age", nullable = false)
    public int minAge;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;
}
