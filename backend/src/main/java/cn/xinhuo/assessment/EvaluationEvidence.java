package cn.xinhuo.assessment;

import cn.xinhuo.common.persistence.AuditedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A photo or scan taken during an evaluation (an on-site check's 佐证材料). */
@Entity
@Table(name = "evaluation_evidence")
public class EvaluationEvidence extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "evaluation_id", nullable = false)
    public Long evaluationId;

    @Column(name = "organization_id", nullable = false)
    public Long organizationId;

    @Column(name = "file_name", nullable = false, length = 200)
    public String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;
}
