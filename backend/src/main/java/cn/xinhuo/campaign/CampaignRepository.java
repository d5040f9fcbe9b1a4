package cn.xinhuo.campaign;

import cn.xinhuo.assessment.TitleSql;
import cn.xinhuo.campaign.dto.EnrolmentView;
import cn.xinhuo.common.persistence.ScopeSql;
import cn.xinhuo.common.persistence.SqlValues;
import cn.xinhuo.organization.OrganizationType;
import cn.xinhuo.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plans and enrolments read inside a scope. */
@ApplicationScoped
public class CampaignRepository {

    private final EntityManager em;

    CampaignRepository(EntityManager em) {
        this.em = em;
    }

    public record EnrolmentSearch(Long within, Integer year, EnrolmentStatus status, OrganizationType organizationType) {
    }

    /** Counts of one year (or, with a null year, of the whole plan) and one organization type. */
    public record Counts(Integer year, OrganizationType type, long planned, long enrolled, long awarded) {
    }

    public EntityManager em() {
        return em;
    }

    /**
     * The plans of the scope; with {@code covering}, instead the plans an organization of the scope
     * falls under: of its own committee and of those above it (read-only for it).
     */
    @SuppressWarnings("unchecked")
    public List<Long> campaigns(Long covering, Scope scope, long offset, int limit) {
        Query q = em.createNativeQuery("select c.id" + campaignsWhere(covering, scope)
                + " order by c.start_year desc, c.id desc offset :offset limit :limit");
        return ((List<Number>) bindCampaigns(q, covering, scope).setParameter("offset", offset).setParameter("limit", limit)
                .getResultList()).stream().map(Number::longValue).toList();
    }

    public List<Campaign> campaigns(List<Long> ids) {
        return em.createQuery("from Campaign where id in ?1", Campaign.class).setParameter(1, ids).getResultList();
    }

    public long countCampaigns(Long covering, Scope scope) {
        Query q = em.createNativeQuery("select count(*)" + campaignsWhere(covering, scope));
        return ((Number) bindCampaigns(q, covering, scope).getSingleResult()).longValue();
    }

    public Optional<Campaign> visible(long id, Scope scope) {
        Query q = em.createNativeQuery("select c.id" + campaignsWhere(null, scope) + " and c.id = :id").setParameter("id", id);
        return ScopeSql.bind(q, scope).getResultList().stream().findFirst().map(n -> em.find(Campaign.class, ((Number) n).longValue()));
    }

    public Optional<CampaignEnrolment> enrolmentInScope(long campaignId, long id, Scope scope) {
        Query q = em.createNativeQuery("select e.id from campaign_enrolment e join organization o on o.id = e.organization_id"
                + " where e.id = :id and e.campaign_id = :campaign" + ScopeSql.within(scope))
                .setParameter("id", id).setParameter("campaign", campaignId);
        return ScopeSql.bind(q, scope).getResultList().stream().findFirst()
                .map(n -> em.find(CampaignEnrolment.class, ((Number) n).longValue()));
    }

    /**
     * Where an organization already is that another enrolment would clash with: listed in the same
     * plan, or (for an enrolment) enrolled under any plan; with that plan's name and year.
     */
    public Optional<String> clashingEnrolment(long campaignId, long organizationId, boolean enrolling, Long except) {
        return em.createNativeQuery("select c.name || ' ' || e.plan_year from campaign_enrolment e join campaign c on c.id = e.campaign_id"
                        + " where e.organization_id = :organization and e.id <> :except"
                        + " and (e.campaign_id = :campaign or (:enrolling and e.status = 'ENROLLED'))")
                .setParameter("organization", organizationId).setParameter("campaign", campaignId)
                .setParameter("enrolling", enrolling).setParameter("except", except == null ? -1L : except)
                .getResultList().stream().findFirst().map(Object::toString);
    }

    public List<Integer> enrolmentYearsOutside(long campaignId, int startYear, int endYear) {
        return em.createQuery("select distinct e.planYear from CampaignEnrolment e where e.campaignId = ?1"
                        + " and (e.planYear < ?2 or e.planYear > ?3) order by e.planYear", Integer.class)
                .setParameter(1, campaignId).setParameter(2, startYear).setParameter(3, endYear).getResultList();
    }

    /** A page of enrolments as shown: one statement, the organization and the title included. */
    public List<EnrolmentView> enrolments(long campaignId, EnrolmentSearch s, Scope scope, long offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = enrolmentViews(enrolmentsWhere(campaignId, s, scope, params) + " order by e.plan_year, o.path offset :offset limit :limit");
        params.forEach(q::setParameter);
        return views(campaignId, ScopeSql.bind(q, scope).setParameter("offset", offset).setParameter("limit", limit));
    }

    public Optional<EnrolmentView> enrolment(long campaignId, long id, Scope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = enrolmentViews(enrolmentsWhere(campaignId, new EnrolmentSearch(null, null, null, null), scope, params) + " and e.id = :id");
        params.forEach(q::setParameter);
        return views(campaignId, ScopeSql.bind(q, scope).setParameter("id", id)).stream().findFirst();
    }

    private Query enrolmentViews(String fromWhere) {
        return em.createNativeQuery("select e.id, e.organization_id, o.name, o.type, e.plan_year, e.status, e.enrolled_on, e.note, "
                + TitleSql.holds("e.organization_id", "current_date") + ", e.version" + fromWhere);
    }

    @SuppressWarnings("unchecked")
    private static List<EnrolmentView> views(long campaignId, Query q) {
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new EnrolmentView(((Number) r[0]).longValue(), campaignId, ((Number) r[1]).longValue(),
                (String) r[2], OrganizationType.valueOf((String) r[3]), ((Number) r[4]).intValue(),
                EnrolmentStatus.valueOf((String) r[5]), SqlValues.localDate(r[6]), (String) r[7], (Boolean) r[8],
                ((Number) r[9]).longValue())).toList();
    }

    public long countEnrolments(long campaignId, EnrolmentSearch s, Scope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = em.createNativeQuery("select count(*)" + enrolmentsWhere(campaignId, s, scope, params));
        params.forEach(q::setParameter);
        return ((Number) ScopeSql.bind(q, scope).getSingleResult()).longValue();
    }

    /** Planned, enrolled and title-holding organizations per year and type, in one pass. */
    @SuppressWarnings("unchecked")
    public List<Counts> counts(long campaignId, Long within, Scope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = em.createNativeQuery("select e.plan_year, o.type, count(*) filter (where e.status = 'PLANNED'),"
                + " count(*) filter (where e.status = 'ENROLLED'),"
                + " count(*) filter (where e.status = 'ENROLLED' and " + TitleSql.holds("e.organization_id", "current_date") + ")"
                + enrolmentsWhere(campaignId, new EnrolmentSearch(within, null, null, null), scope, params)
                + " group by e.plan_year, o.type");
        params.forEach(q::setParameter);
        List<Object[]> rows = ScopeSql.bind(q, scope).getResultList();
        return rows.stream().map(r -> new Counts(((Number) r[0]).intValue(), OrganizationType.valueOf((String) r[1]),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList();
    }

    private static String campaignsWhere(Long covering, Scope scope) {
        return " from campaign c join organization o on o.id = c.organization_id where true" + (covering == null
                ? ScopeSql.within(scope) : " and o.path @> (select u.path from organization u where u.id = :covering)");
    }

    private static Query bindCampaigns(Query q, Long covering, Scope scope) {
        return covering == null ? ScopeSql.bind(q, scope) : q.setParameter("covering", covering);
    }

    private static String enrolmentsWhere(long campaignId, EnrolmentSearch s, Scope scope, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" from campaign_enrolment e join organization o on o.id = e.organization_id"
                + " where e.campaign_id = :campaign").append(ScopeSql.within(scope));
        params.put("campaign", campaignId);
        if (s.within() != null) {
            w.append(" and o.path <@ (select r.path from organization r where r.id = :within)");
            params.put("within", s.within());
        }
        if (s.year() != null) {
            w.append(" and e.plan_year = :year");
            params.put("year", s.year());
        }
        if (s.status() != null) {
            w.append(" and e.status = :status");
            params.put("status", s.status().name());
        }
        if (s.organizationType() != null) {
            w.append(" and o.type = :type");
            params.put("type", s.organizationType().name());
        }
        return w.toString();
    }
}
