package cn.xinhuo.honor;

import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.persistence.InOrder;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.web.ETags;
import cn.xinhuo.honor.dto.CoverageForm;
import cn.xinhuo.honor.dto.CoverageView;
import cn.xinhuo.honor.dto.HonorForm;
import cn.xinhuo.honor.dto.HonorPage;
import cn.xinhuo.honor.dto.HonorSummary;
import cn.xinhuo.honor.dto.HonorView;
import cn.xinhuo.organization.OrganizationRepository;
import cn.xinhuo.security.CurrentCaller;
import cn.xinhuo.security.Scope;
import cn.xinhuo.volunteer.Volunteer;
import cn.xinhuo.volunteer.VolunteerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** 典型 and their media coverage, inside the caller's subtree (through the honoured person's organization). */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class HonorService {

    private static final String SCOPED = " join volunteer v on v.id = h.volunteer_id join organization o on o.id = v.organization_id";

    private final HonorRepository honors;
    private final MediaCoverageRepository coverage;
    private final VolunteerRepository volunteers;
    private final OrganizationRepository organizations;
    private final CurrentCaller caller;
    private final EntityManager em;

    HonorService(HonorRepository honors, MediaCoverageRepository coverage, VolunteerRepository volunteers, OrganizationRepository organizations,
                 CurrentCaller caller, EntityManager em) {
        this.honors = honors;
        this.coverage = coverage;
        this.volunteers = volunteers;
        this.organizations = organizations;
        this.caller = caller;
        this.em = em;
    }

    @Transactional(TxType.SUPPORTS)
    public HonorPage search(HonorLevel level, Long within, String q, PageQuery paging) {
        requireVisible(within);
        String text = q == null || q.isBlank() ? null : q.trim();
        String where = where(level, within, text);
        Query page = bind(em.createNativeQuery("select h.id from honor h" + SCOPED + where
                + " order by h.awarded_on desc, h.id desc offset :offset limit :limit"), level, within, text);
        Query count = bind(em.createNativeQuery("select count(*) from honor h" + SCOPED + where), level, within, text);
        @SuppressWarnings("unchecked")
        List<Number> ids = page.setParameter("offset", paging.offset()).setParameter("limit", paging.size).getResultList();
        return new HonorPage(views(InOrder.load(ids.stream().map(Number::longValue).toList(), in -> honors.list("id in ?1", in),
                h -> h.id)), paging.page,
                paging.size, ((Number) count.getSingleResult()).longValue());
    }

    @Transactional(TxType.SUPPORTS)
    public HonorSummary summary(Long within) {
        return summary(within, null);
    }

    /** The models of a subtree as they stood on a day (null: now): honoured and covered by the media by then. */
    @Transactional(TxType.SUPPORTS)
    public HonorSummary summary(Long within, LocalDate on) {
        requireVisible(within);
        String where = where(null, within) + (on == null ? "" : " and h.awarded_on <= :on");
        @SuppressWarnings("unchecked")
        List<Tuple> rows = onDay(bind(em.createNativeQuery("""
                select level, count(*) as people from (
                  select distinct on (h.volunteer_id) h.volunteer_id, h.level from honor h""" + SCOPED + where + """
                   order by h.volunteer_id, array_position(array['NATIONAL','PROVINCIAL','PREFECTURE',
                            'CITY_PARTY_GOVERNMENT','CITY_COMMITTEE','TOWNSHIP']::varchar[], h.level)) best
                 group by level order by array_position(array['NATIONAL','PROVINCIAL','PREFECTURE',
                            'CITY_PARTY_GOVERNMENT','CITY_COMMITTEE','TOWNSHIP']::varchar[], level)""", Tuple.class),
                null, within), on).getResultList();
        var byLevel = rows.stream().map(t -> new HonorSummary.ByLevel(HonorLevel.valueOf((String) t.get("level")),
                ((Number) t.get("people")).longValue())).toList();
        String covered = where(null, within) + (on == null ? "" : " and h.covered_on <= :on");
        long featured = ((Number) onDay(bind(em.createNativeQuery(
                "select count(distinct h.volunteer_id) from media_coverage h" + SCOPED + covered), null, within), on)
                .getSingleResult()).longValue();
        return new HonorSummary(byLevel.stream().mapToLong(HonorSummary.ByLevel::people).sum(), byLevel, featured);
    }

    private static Query onDay(Query q, LocalDate on) {
        return on == null ? q : q.setParameter("on", on);
    }

    @Transactional(TxType.SUPPORTS)
    public HonorView get(long id) {
        return view(load(id));
    }

    public HonorView create(HonorForm form) {
        Honor honor = new Honor();
        apply(form, honor);
        honors.persistAndFlush(honor);
        return view(honor);
    }

    public HonorView update(long id, long expectedVersion, HonorForm form) {
        Honor honor = load(id);
        ETags.requireCurrent(expectedVersion, honor.version);
        if (!form.volunteerId().equals(honor.volunteerId)) {
            throw ProblemException.badField("volunteerId", "honor.person-fixed");
        }
        apply(form, honor);
        honors.flush();
        return view(honor);
    }

    @Transactional(TxType.SUPPORTS)
    public List<CoverageView> coverage(Long within) {
        requireVisible(within);
        @SuppressWarnings("unchecked")
        List<Number> ids = bind(em.createNativeQuery("select h.id from media_coverage h" + SCOPED + where(null, within)
                + " order by h.covered_on desc, h.id desc limit 500"), null, within).getResultList();
        List<MediaCoverage> rows = InOrder.load(ids.stream().map(Number::longValue).toList(), in -> coverage.list("id in ?1", in),
                c -> c.id);
        Map<Long, String> names = volunteers.namesOf(rows.stream().map(c -> c.volunteerId).toList());
        return rows.stream().map(c -> view(c, names.get(c.volunteerId))).toList();
    }

    public CoverageView addCoverage(CoverageForm form) {
        Volunteer person = person(form.volunteerId());
        MediaCoverage c = new MediaCoverage();
        c.volunteerId = person.id;
        c.outlet = form.outlet().trim();
        c.coveredOn = form.coveredOn();
        c.title = form.title().trim();
        coverage.persistAndFlush(c);
        return view(c);
    }

    private void apply(HonorForm form, Honor honor) {
        honor.volunteerId = person(form.volunteerId()).id;
        honor.level = form.level();
        honor.title = form.title().trim();
        honor.awardedOn = form.awardedOn();
        honor.issuer = form.issuer();
        honor.story = form.story();
    }

    private Volunteer person(long volunteerId) {
        return volunteers.findInScope(volunteerId, caller.scope())
                .orElseThrow(() -> ProblemException.missingReference("volunteerId", "team.volunteer.not-found"));
    }

    private Honor load(long id) {
        Honor honor = honors.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("honor", id));
        if (volunteers.findInScope(honor.volunteerId, caller.scope()).isEmpty()) {
            throw ProblemException.notFound("honor", id);
        }
        return honor;
    }

    private void requireVisible(Long organizationId) {
        if (organizationId != null && !organizations.isVisible(organizationId, caller.scope())) {
            throw ProblemException.notFound("organization", organizationId);
        }
    }

    private String where(HonorLevel level, Long within) {
        return where(level, within, null);
    }

    /** {@code text}: part of the person's name, or its pinyin initials. */
    private String where(HonorLevel level, Long within, String text) {
        Scope scope = caller.scope();
        return " where true"
                + (scope.isEverything() ? "" : " and o.path <@ cast(:scopePath as ltree)")
                + (level == null ? "" : " and h.level = :level")
                + (within == null ? "" : " and o.path <@ (select r.path from organization r where r.id = :within)")
                + (text == null ? "" : " and (v.name ilike :text escape '\\' or v.name_initials like :initials escape '\\')");
    }

    private Query bind(Query q, HonorLevel level, Long within) {
        return bind(q, level, within, null);
    }

    private Query bind(Query q, HonorLevel level, Long within, String text) {
        Scope scope = caller.scope();
        if (!scope.isEverything()) {
            q.setParameter("scopePath", scope.rootPath());
        }
        if (level != null) {
            q.setParameter("level", level.name());
        }
        if (within != null) {
            q.setParameter("within", within);
        }
        if (text != null) {
            String like = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            q.setParameter("text", "%" + like + "%").setParameter("initials", like.toLowerCase() + "%");
        }
        return q;
    }

    private HonorView view(Honor h) {
        return views(List.of(h)).get(0);
    }

    /** A page of honours in two statements: the people, and the places they belong to. */
    private List<HonorView> views(List<Honor> page) {
        Map<Long, Volunteer> people = page.isEmpty() ? Map.of() : volunteers.list("id in ?1",
                page.stream().map(h -> h.volunteerId).distinct().toList()).stream().collect(Collectors.toMap(v -> v.id, v -> v));
        Map<Long, String> places = organizations.namesOf(people.values().stream().map(v -> v.organizationId).toList());
        return page.stream().map(h -> {
            Volunteer v = people.get(h.volunteerId);
            return new HonorView(h.id, v.id, v.name, places.get(v.organizationId), h.level, h.title, h.awardedOn, h.issuer,
                    h.story, h.version);
        }).toList();
    }

    private CoverageView view(MediaCoverage c) {
        return view(c, volunteers.findById(c.volunteerId).name);
    }

    private static CoverageView view(MediaCoverage c, String name) {
        return new CoverageView(c.id, c.volunteerId, name, c.outlet, c.coveredOn, c.title);
    }
}
