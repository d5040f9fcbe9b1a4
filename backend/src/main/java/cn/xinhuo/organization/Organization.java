package cn.xinhuo.organization;

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

/**
 * A 关工 organization. Only {@code parentId} is written here; the materialized path used for
 * subtree queries is maintained by the database in the same transaction (see V1 migration).
 */
@Entity
@Table(name = "organization")
public class Organization extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(nullable = false, length = 100)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public OrganizationType type;

    @Column(name = "region_code", length = 12)
    public String regionCode;

    @Column(length = 200)
    public String address;

    @Column(length = 100)
    public String contact;

    @Column(name = "established_on")
    public LocalDate establishedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public OrganizationStatus status = OrganizationStatus.ACTIVE;

    @Column(name = "dissolved_on")
    public LocalDate dissolvedOn;

    @Column(name = "dissolution_reason", length = 500)
    public String dissolutionReason;

    public boolean isDissolved() {
        return status == OrganizationStatus.DISSOLVED;
    }
}
