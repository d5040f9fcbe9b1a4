package cn.xinhuo.assessment;

import cn.xinhuo.assessment.dto.Criterion;
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

import java.math.BigDecimal;
import java.util.List;

/** One version of a score sheet. */
@Entity
@Table(name = "assessment_template")
public class AssessmentTemplate extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id", nullable = false)
    public Long organizationId;

    @Column(name = "family_id")
    public Long familyId;

    @Column(name = "version_no", nullable = false)
    public int versionNo = 1;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public TemplateKind kind;

    @Column(nullable = false, length = 100)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Criterion> criteria;

    @Column(name = "pass_total", nullable = false, precision = 6, scale = 2)
    public BigDecimal passTotal;

    @Column(name = "pass_per_criterion", precision = 6, scale = 2)
    public BigDecimal passPerCriterion;

    @Column(nullable = false)
    public boolean current = true;
}
