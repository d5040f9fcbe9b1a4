package cn.xinhuo.volunteer;

import cn.xinhuo.common.persistence.Names;
import cn.xinhuo.common.persistence.ScopeSql;
import cn.xinhuo.security.Scope;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The register, always read inside a scope (the subtree of the caller's organization). */
@ApplicationScoped
public class VolunteerRepository implements PanacheRepository<Volunteer> {

    /** The names of these 五老, by id, in one statement. */
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return Names.byId(getEntityManager(), "Volunteer", ids);
    }

    public record Search(String text, VolunteerCategory category, VolunteerStatus status, Residence residence,
                         Integer minAge, Integer maxAge, Long within, Long teamId, String teamType,
                         String honorLevel, Boolean honored) {
    }

    public Optional<Volunteer> findInScope(long id, Scope scope) {
        Query q = getEntityManager().createNativeQuery("select v.id from volunteer v join organization o on o.id = v.organization_id"
                + " where v.id = :id" + ScopeSql.within(scope)).setParameter("id", id);
        return ScopeSql.bind(q, scope).getResultList().isEmpty() ? Optional.empty() : findByIdOptional(id);
    }

    public Optional<Volunteer> findByIdCardHash(String hash) {
        return find("idCardHash", hash).firstResultOptional();
    }

    /** Another record of the same name and birth date under the same township committee. */
    public Optional<Long> sameNameAndBirthInTownship(String name, LocalDate birthDate, long organizationId, Long exceptId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = getEntityManager().createNativeQuery("""
                        select v.id from volunteer v join organization o on o.id = v.organization_id
                         where v.name = :name and v.birth_date = :birth and v.id <> :except
                           and o.path <@ (select coalesce(
                                 (select t.path from organization t, organization me
                                   where me.id = :org and t.type = 'TOWNSHIP_COMMITTEE' and me.path <@ t.path),
                                 (select path from organization where id = :org)))
                         limit 1""")
                .setParameter("name", name).setParameter("birth", birthDate).setParameter("org", organizationId)
                .setParameter("except", exceptId == null ? -1L : exceptId).getResultList();
        return ids.stream().findFirst().map(Number::longValue);
    }

    /** Active volunteers of a residence and gender born after {@code bornAfter} (younger than a threshold). */
    @SuppressWarnings("unchecked")
    public List<Long> belowAge(Residence residence, Gender gender, LocalDate bornAfter, Scope scope, long offset, int limit) {
        Query q = getEntityManager().createNativeQuery("select v.id from volunteer v join organization o on o.id = v.organization_id"
                + BELOW_AGE + ScopeSql.within(scope) + " order by v.birth_date desc, v.id offset :offset limit :limit");
        bindBelowAge(q, residence, gender, bornAfter, scope);
        return ((List<Number>) q.setParameter("offset", offset).setParameter("limit", limit).getResultList())
                .stream().map(Number::longValue).toList();
    }

    public long countBelowAge(Residence residence, Gender gender, LocalDate bornAfter, Scope scope) {
        Query q = getEntityManager().createNativeQuery(
                "select count(*) from volunteer v join organization o on o.id = v.organization_id" + BELOW_AGE + ScopeSql.within(scope));
        bindBelowAge(q, residence, gender, bornAfter, scope);
        return ((Number) q.getSingleResult()).longValue();
    }

    private static final String BELOW_AGE = " where v.status = 'ACTIVE' and v.residence = :residence and v.gender = :gender"
            + " and v.birth_date > :bornAfter";

    private static void bindBelowAge(Query q, Residence residence, Gender gender, LocalDate bornAfter, Scope scope) {
        ScopeSql.bind(q, scope).setParameter("residence", residence.name()).setParameter("gender", gender.name())
                .setParameter("bornAfter", bornAfter);
    }

    @SuppressWarnings("unchecked")
    public List<Long> search(Search s, Scope scope, String orderBy, long offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = getEntityManager().createNativeQuery("select v.id from volunteer v join organization o on o.id = v.organization_id"
                + where(s, scope, params) + " order by " + orderBy + ", v.id offset :offset limit :limit");
        params.forEach(q::setParameter);
        return ((List<Number>) ScopeSql.bind(q, scope).setParameter("offset", offset).setParameter("limit", limit).getResultList())
                .stream().map(Number::longValue).toList();
    }

    public long count(Search s, Scope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = getEntityManager().createNativeQuery(
                "select count(*) from volunteer v join organization o on o.id = v.organization_id" + where(s, scope, params));
        params.forEach(q::setParameter);
        return ((Number) ScopeSql.bind(q, scope).getSingleResult()).longValue();
    }

    private static String where(Search s, Scope scope, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where true").append(ScopeSql.within(scope));
        if (s.within() != null) {
            w.append(" and o.path <@ (select r.path from organization r where r.id = :within)");
            params.put("within", s.within());
        }
        if (s.text() != null && !s.text().isBlank()) {
            String text = s.text().trim();
            String like = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            if (text.matches("[A-Za-z]+")) {
                // pinyin initials: zyx finds 张永新
                w.append(" and (v.name_initials like :initials escape '\\' or v.name ilike :text escape '\\')");
                params.put("initials", like.toLowerCase() + "%");
            } else {
                w.append(" and v.name ilike :text escape '\\'");
            }
            params.put("text", "%" + like + "%");
        }
        if (s.category() != null) {
            w.append(" and cast(:category as varchar) = any(v.categories)");
            params.put("category", s.category().name());
        }
        if (s.status() != null) {
            w.append(" and v.status = :status");
            params.put("status", s.status().name());
        }
        if (s.residence() != null) {
            w.append(" and v.residence = :residence");
            params.put("residence", s.residence().name());
        }
        if (s.teamId() != null) {
            w.append(" and exists (select 1 from team_member m where m.volunteer_id = v.id and m.left_on is null"
                    + " and m.team_id = :teamId)");
            params.put("teamId", s.teamId());
        }
        if (s.teamType() != null) {
            w.append(" and exists (select 1 from team_member m join team t on t.id = m.team_id"
                    + " where m.volunteer_id = v.id and m.left_on is null and t.type = :teamType)");
            params.put("teamType", s.teamType());
        }
        if (s.honorLevel() != null) {
            w.append(" and exists (select 1 from honor h where h.volunteer_id = v.id and h.level = :honorLevel)");
            params.put("honorLevel", s.honorLevel());
        }
        if (s.honored() != null) {
            w.append(s.honored() ? " and" : " and not").append(" exists (select 1 from honor h where h.volunteer_id = v.id)");
        }
        LocalDate today = LocalDate.now();
        if (s.minAge() != null) {
            w.append(" and v.birth_date <= :bornBy");
            params.put("bornBy", today.minusYears(s.minAge()));
        }
        if (s.maxAge() != null) {
            w.append(" and v.birth_date > :bornAfter");
            params.put("bornAfter", today.minusYears(s.maxAge() + 1L));
        }
        return w.toString();
    }
}
