package cn.xinhuo.assessment;

import cn.xinhuo.assessment.dto.ItemScore;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An organization scored on a template version. */
@Entity
@Table(name = "evaluation")
public class Evaluation extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id", nullable = false)
    public Long organizationId;

    @Column(name = "template_id", nullable = false)
    public Long templateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public EvaluationKind kind;

    @Column(name = "evaluated_on", nullable = false)
    public LocalDate evaluatedOn;

    @Column(length = 200)
    public String evaluators;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<ItemScore> scores = new ArrayList<>();

    @Column(length = 2000)
    public String comment;

    @Column(nullable = false, precision = 7, scale = 2)
    public BigDecimal total = BigDecimal.ZERO;

    @Column(nullable = false)
    public boolean passed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public EvaluationStatus status = EvaluationStatus.DRAFT;
}
