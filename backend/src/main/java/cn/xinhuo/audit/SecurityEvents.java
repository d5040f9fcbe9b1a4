package cn.xinhuo.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Appends security events (logins, failures, lockouts, refusals, views of personal data) to the
 * audit trail. Each event commits on its own, so a refusal is recorded even though the request's
 * own work is rolled back.
 */
@ApplicationScoped
public class SecurityEvents {

    public enum Outcome { SUCCESS, FAILURE }

    private final EntityManager em;

    SecurityEvents(EntityManager em) {
        this.em = em;
    }

    /**
     * @param actor       who acted (a username, or the name tried at a failed login)
     * @param scopeOrgId  the organization whose subtree may see this event; null: system admins only
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void record(String event, Outcome outcome, String actor, String objectType, Object objectId,
                       Long scopeOrgId, String clientAddress, String detail) {
        em.createNativeQuery("""
                        insert into audit_event (actor, actor_org_path, event, object_type, object_id, scope_path,
                                                 outcome, client_address, detail)
                        values (:actor, (select o.path from organization o join app_user u on u.organization_id = o.id
                                          where u.username = :actor),
                                :event, :objectType, :objectId,
                                (select path from organization where id = :scope), :outcome, :address, :detail)""")
                .setParameter("actor", truncate(actor, 100))
                .setParameter("event", event)
                .setParameter("objectType", objectType)
                .setParameter("objectId", objectId == null ? null : String.valueOf(objectId))
                .setParameter("scope", scopeOrgId)
                .setParameter("outcome", outcome.name())
                .setParameter("address", truncate(clientAddress, 64))
                .setParameter("detail", truncate(detail, 500))
                .executeUpdate();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
