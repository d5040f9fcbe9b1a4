package cn.xinhuo.integration;

import cn.xinhuo.common.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** An integration client's key; the key itself is never stored, only its hash. */
@Entity
@Table(name = "api_key")
public class ApiKey extends AuditedEntity {

    public enum Access { READ_ONLY, READ_WRITE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(name = "organization_id", nullable = false, updatable = false)
    public Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Access access;

    @Column(name = "key_prefix", nullable = false, length = 16, updatable = false)
    public String keyPrefix;

    @Column(name = "key_hash", nullable = false, length = 64, updatable = false, columnDefinition = "bpchar(64)")
    public String keyHash;

    @Column(name = "created_by", length = 100, updatable = false)
    public String createdBy;

    /** Written by the authentication path only (directly in SQL), never through the entity. */
    @Column(name = "last_used_at", insertable = false, updatable = false)
    public OffsetDateTime lastUsedAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
}
