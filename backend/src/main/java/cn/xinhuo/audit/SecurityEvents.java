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
                .setParameter("actor", text(actor, 100))
                .setParameter("event", text(event, 64))
                .setParameter("objectType", text(objectType, 64))
                .setParameter("objectId", objectId == null ? null : text(String.valueOf(objectId), 64))
                .setParameter("scope", scopeOrgId)
                .setParameter("outcome", outcome.name())
                .setParameter("address", text(clientAddress, 64))
                .setParameter("detail", text(detail, 500))
                .executeUpdate();
    }

    /**
     * The text as its column can hold it: at most {@code max} characters, without the NUL that
     * PostgreSQL text refuses. Parts of it come from the request (a path, a name tried at a login),
     * so a refusal of any request is recorded, whatever the request held.
     */
    private static String text(String s, int max) {
        if (s == null) {
            return null;
        }
        String clean = s.replace("\0", "");
        return clean.codePointCount(0, clean.length()) <= max ? clean : clean.substring(0, clean.offsetByCodePoints(0, max));
    }
}
