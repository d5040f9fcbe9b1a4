package cn.xinhuo.volunteer;

import cn.xinhuo.common.persistence.ScopeSql;
import cn.xinhuo.common.persistence.SqlValues;
import cn.xinhuo.security.Scope;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Imports, seen by callers whose subtree holds the organization of the one who started them. */
@ApplicationScoped
public class VolunteerImportRepository implements PanacheRepository<VolunteerImport> {

    /** An organization a roster row may name: its label in the template and its township (for duplicates). */
    record RosterOrganization(long id, String name, String parentName, long townshipId) {
    }

    /** A registered person a roster row may be: enough to match it, not the whole record. */
    record Registered(long id, String name, LocalDate birthDate, long organizationId, boolean hasIdCard, String idCardHash) {
    }

    public Optional<VolunteerImport> findInScope(long id, Scope scope) {
        Query q = getEntityManager().createNativeQuery("select i.id from volunteer_import i"
                + " left join organization o on o.id = i.organization_id where i.id = :id" + ScopeSql.within(scope))
                .setParameter("id", id);
        return ScopeSql.bind(q, scope).getResultList().isEmpty() ? Optional.empty() : findByIdOptional(id);
    }

    /** An import started by a system administrator (no organization) is seen by system administrators only. */
    @SuppressWarnings("unchecked")
    public List<VolunteerImport> recent(Scope scope, long offset, int limit) {
        Query q = getEntityManager().createNativeQuery("select i.* from volunteer_import i"
                + " left join organization o on o.id = i.organization_id where true" + ScopeSql.within(scope)
                + " order by i.started_at desc, i.id desc offset :offset limit :limit", VolunteerImport.class);
        return ScopeSql.bind(q, scope).setParameter("offset", offset).setParameter("limit", limit).getResultList();
    }

    public long countRecent(Scope scope) {
        Query q = getEntityManager().createNativeQuery("select count(*) from volunteer_import i"
                + " left join organization o on o.id = i.organization_id where true" + ScopeSql.within(scope));
        return ((Number) ScopeSql.bind(q, scope).getSingleResult()).longValue();
    }

    /** The active organizations of the scope, each with its township (or itself above townships). */
    @SuppressWarnings("unchecked")
    List<RosterOrganization> organizations(Scope scope) {
        Query q = getEntityManager().createNativeQuery("""
                select o.id, o.name, p.name as parent_name,
                       coalesce((select t.id from organization t
                                  where t.type = 'TOWNSHIP_COMMITTEE' and o.path <@ t.path limit 1), o.id)
                  from organization o left join organization p on p.id = o.parent_id
                 where o.status = 'ACTIVE'""" + ScopeSql.within(scope)
                + " order by o.path");
        return ((List<Object[]>) ScopeSql.bind(q, scope).getResultList()).stream()
                .map(r -> new RosterOrganization(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        ((Number) r[3]).longValue()))
                .toList();
    }

    /** Registered people anywhere with one of these ID card hashes. */
    List<Registered> withIdCardHashes(List<String> hashes) {
        return registered("v.id_card_hash = cast(k.key as bpchar)", hashes, Scope.EVERYTHING);
    }

    /** Registered people of the scope with one of these names. */
    List<Registered> withNames(List<String> names, Scope scope) {
        return registered("v.name = k.key", names, scope);
    }

    /** A join with the keys as one text (a list of 10,000 bound values would be compared row by row). */
    @SuppressWarnings("unchecked")
    private List<Registered> registered(String match, List<String> keys, Scope scope) {
        List<Registered> found = new java.util.ArrayList<>();
        for (int from = 0; from < keys.size(); from += 5000) {
            Query q = getEntityManager().createNativeQuery("select v.id, v.name, v.birth_date, v.organization_id, v.id_card_hash"
                    + " from unnest(string_to_array(:keys, chr(31))) as k(key) join volunteer v on " + match
                    + " join organization o on o.id = v.organization_id"
                    + (scope.isEverything() ? "" : " where o.path <@ cast(:scopePath as ltree)"))
                    .setParameter("keys", String.join("\u001f", keys.subList(from, Math.min(keys.size(), from + 5000))));
            for (Object[] r : (List<Object[]>) ScopeSql.bind(q, scope).getResultList()) {
                String hash = r[4] == null ? null : r[4].toString();
                found.add(new Registered(((Number) r[0]).longValue(), (String) r[1], SqlValues.localDate(r[2]),
                        ((Number) r[3]).longValue(), hash != null, hash));
            }
        }
        return found;
    }
}
