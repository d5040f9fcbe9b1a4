package cn.xinhuo.common.persistence;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import java.time.OffsetDateTime;

/**
 * Base of every entity whose table the audit trigger watches: each insert or update stamps
 * {@code updated_by} with the caller, and the database copies it into the audit trail together
 * with the row before and after. Extending this class is all a new entity needs for its history,
 * its optimistic-locking version (the ETag) and its timestamps.
 */
@MappedSuperclass
public abstract class AuditedEntity {

    @Version
    @Column(nullable = false)
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Set here only; a request body can never reach it (DTOs do not carry it). */
    @Column(name = "updated_by", length = 100)
    public String updatedBy;

    @PrePersist
    @PreUpdate
    void stampActor() {
        updatedBy = currentActor();
    }

    private static String currentActor() {
        var container = Arc.container();
        InjectableContext requestContext = container == null ? null : container.getActiveContext(RequestScoped.class);
        if (requestContext == null) {
            return "system";
        }
        var caller = container.instance(cn.xinhuo.security.CurrentCaller.class).get();
        return caller.actorName();
    }
}
