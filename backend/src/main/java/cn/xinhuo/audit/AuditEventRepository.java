package cn.xinhuo.audit;

import cn.xinhuo.audit.dto.AuditEventView;
import cn.xinhuo.security.Scope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the audit trail, always inside a scope: an event belongs to the subtree of the
 * organization it concerns; events with no place (a failed login with an unknown name) are
 * visible to system administrators only.
 */
@ApplicationScoped
public class AuditEventRepository {

    public record Search(OffsetDateTime from, OffsetDateTime to, String event, String actor, String outcome,
                         String objectType, String objectId) {
    }

    private static final com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>> ROW = new com.fasterxml.jackson.core.type.TypeReference<>() { };

    private final EntityManager em;
    private final ObjectMapper json;

    AuditEventRepository(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @SuppressWarnings("unchecked")
    public List<AuditEventView> search(Search s, Scope scope, long offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = em.createNativeQuery("""
                select id, occurred_at, actor, event, object_type, object_id, outcome, client_address,
                       before_state::text as before_state, after_state::text as after_state, detail
                  from audit_event e""" + where(s, scope, params)
                + " order by occurred_at desc, id desc offset :offset limit :limit", Tuple.class);
        params.forEach(q::setParameter);
        return ((List<Tuple>) q.setParameter("offset", offset).setParameter("limit", limit).getResultList())
                .stream().map(this::view).toList();
    }

    public long count(Search s, Scope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = em.createNativeQuery("select count(*) from audit_event e" + where(s, scope, params));
        params.forEach(q::setParameter);
        return ((Number) q.getSingleResult()).longValue();
    }

    private static String where(Search s, Scope scope, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where true");
        if (!scope.isEverything()) {
            w.append(" and e.scope_path <@ cast(:scopePath as ltree)");
            params.put("scopePath", scope.rootPath());
        }
        add(w, params, "e.occurred_at >= :from", "from", s.from());
        add(w, params, "e.occurred_at < :to", "to", s.to());
        add(w, params, "e.event = :event", "event", s.event());
        add(w, params, "e.actor = :actor", "actor", s.actor());
        add(w, params, "e.outcome = :outcome", "outcome", s.outcome());
        add(w, params, "e.object_type = :objectType", "objectType", s.objectType());
        add(w, params, "e.object_id = :objectId", "objectId", s.objectId());
        return w.toString();
    }

    private static void add(StringBuilder w, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null && !(value instanceof String str && str.isBlank())) {
            w.append(" and ").append(clause);
            params.put(name, value);
        }
    }

    private AuditEventView view(Tuple t) {
        return new AuditEventView(((Number) t.get("id")).longValue(), offsetDateTime(t.get("occurred_at")),
                (String) t.get("actor"), (String) t.get("event"), (String) t.get("object_type"),
                (String) t.get("object_id"), (String) t.get("outcome"), (String) t.get("client_address"),
                parse((String) t.get("before_state")), parse((String) t.get("after_state")), (String) t.get("detail"));
    }

    private Map<String, Object> parse(String text) {
        try {
            return text == null ? null : json.readValue(text, ROW);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable audit state", e);
        }
    }

    private static OffsetDateTime offsetDateTime(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
