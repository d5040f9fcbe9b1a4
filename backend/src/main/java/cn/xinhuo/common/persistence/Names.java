package cn.xinhuo.common.persistence;

import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The names of a page's people or places in one statement, for views that show a name beside an id. */
public final class Names {

    private Names() {
    }

    /** {@code entity}: the JPA entity name (a constant of the caller's, never input); it has {@code id} and {@code name}. */
    public static Map<Long, String> byId(EntityManager em, String entity, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        em.createQuery("select e.id, e.name from " + entity + " e where e.id in :ids", Object[].class)
                .setParameter("ids", ids.stream().distinct().toList())
                .getResultList().forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }
}
