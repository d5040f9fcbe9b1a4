package cn.xinhuo.campaign;

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

/** An organization planned for, or entered into, the campaign's ranks (进入创建行列) in a year of a plan. */
@Entity
@Table(name = "campaign_enrolment")
public class CampaignEnrolment extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    @Column(name = "organization_id", nullable = false)
    public Long organizationId;

    @Column(name = "plan_year", nullable = false)
    public int planYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public EnrolmentStatus status;

    @Column(name = "enrolled_on")
    public LocalDate enrolledOn;

    @Column(length = 500)
    public String note;
}
