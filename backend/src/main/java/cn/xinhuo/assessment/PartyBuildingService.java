package cn.xinhuo.assessment;

import cn.xinhuo.assessment.dto.PartyBuildingPage;
import cn.xinhuo.assessment.dto.PartyBuildingResult;
import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.persistence.ReplicaReadable;
import cn.xinhuo.common.persistence.ScopeSql;
import cn.xinhuo.common.persistence.SqlValues;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.organization.OrganizationRepository;
import cn.xinhuo.organization.OrganizationType;
import cn.xinhuo.security.CurrentCaller;
import cn.xinhuo.security.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.ws.rs.core.StreamingOutput;

import java.math.BigDecimal;
import java.util.List;

/**
 * 党建带关工: every village and community party branch of the subtree with its confirmed
 * half-year (半年初评) and year-end (年终总评) results of a year. A failed year-end result bars the
 * branch from the 先进党支部 rating; the export feeds the secretaries' pay linkage.
 */
@ApplicationScoped
@ReplicaReadable
@Transactional(TxType.SUPPORTS)
public class PartyBuildingService {

    /** More branches than this are a province: narrow the subtree. */
    static final int EXPORT_LIMIT = 50_000;

    /**
     * The branches of a subtree (b) with each one's latest confirmed half-year and year-end result of the year (h, y),
     * picked for all branches in one pass: the one statement of the rule, for the counts, the page and the export.
     * Looked up branch by branch instead, a province's 13,000 branches cost two index probes apiece.
     */
    private static final String BRANCHES_WITH_LATEST = """
            with b as (select o.id, o.name, o.type, o.path, o.parent_id from organization o
                        where o.type in ('VILLAGE_GROUP', 'COMMUNITY_GROUP') and o.status = 'ACTIVE'%s),
                 l as (select distinct on (e.organization_id, e.kind) e.organization_id, e.kind, e.id, e.evaluated_on, e.total, e.passed
                         from evaluation e join assessment_template t on t.id = e.template_id
                        where e.organization_id in (select b.id from b) and t.kind = 'PARTY_BUILDING' and e.status = 'CONFIRMED'
                          and e.evaluated_on between make_date(:year, 1, 1) and make_date(:year, 12, 31)
                          and e.kind in ('HALF_YEAR_PRELIMINARY', 'YEAR_END_OVERALL')
                        order by e.organization_id, e.kind, e.evaluated_on desc, e.id desc)
            select %s
              from b left join l h on h.organization_id = b.id and h.kind = 'HALF_YEAR_PRELIMINARY'
                     left join l y on y.organization_id = b.id and y.kind = 'YEAR_END_OVERALL'""";

    private static final String COUNTS = "count(*), count(*) filter (where y.passed), count(*) filter (where not y.passed),"
            + " count(*) filter (where y.id is null), count(h.id), count(*) filter (where h.passed)";

    /** A branch's row: its township (the parent) and its secretaries (党支部书记) at the year's end, or today in the current year. */
    private static final String ROW = "b.id, b.name, b.type, (select p.name from organization p where p.id = b.parent_id),"
            + " (select string_agg(ap.person_name, '、' order by ap.started_on) from appointment ap where ap.organization_id = b.id"
            + " and ap.role = 'LEADER' and ap.started_on <= least(make_date(:year, 12, 31), current_date)"
            + " and (ap.ended_on is null or ap.ended_on >= least(make_date(:year, 12, 31), current_date))),"
            + " h.id, h.evaluated_on, h.total, h.passed, y.id, y.evaluated_on, y.total, y.passed";

    private final AssessmentRepository repository;
    private final OrganizationRepository organizations;
    private final CurrentCaller caller;
    private final RateLimiter rateLimiter;

    PartyBuildingService(AssessmentRepository repository, OrganizationRepository organizations, CurrentCaller caller,
                         RateLimiter rateLimiter) {
        this.repository = repository;
        this.organizations = organizations;
        this.caller = caller;
        this.rateLimiter = rateLimiter;
    }

    public PartyBuildingPage results(int year, Long within, PageQuery paging) {
        String subtree = organizations.subtreePath(within, caller.scope());
        Object[] counts = (Object[]) repository.em().createNativeQuery(BRANCHES_WITH_LATEST.formatted(ScopeSql.andSubtree(subtree), COUNTS))
                .setParameter("year", year).getSingleResult();
        List<PartyBuildingResult> rows = paging == null ? List.of() : page(year, subtree, paging.offset(), paging.size);
        return new PartyBuildingPage(rows, paging == null ? 0 : paging.page, paging == null ? 0 : paging.size,
                count(counts[0]), year, count(counts[1]), count(counts[2]), count(counts[3]), count(counts[4]), count(counts[5]));
    }

    /** The counts of {@link #results} without a page of rows (the dashboard's): the rows would cost the query again. */
    public PartyBuildingPage counts(int year, Long within) {
        return results(year, within, null);
    }

    private static long count(Object n) {
        return ((Number) n).longValue();
    }

    public StreamingOutput export(int year, Long within) {
        String subtree = organizations.subtreePath(within, caller.scope());
        rateLimiter.export("party-building", caller.actorName());
        List<PartyBuildingResult> rows = page(year, subtree, 0, EXPORT_LIMIT + 1);
        if (rows.size() > EXPORT_LIMIT) {
            throw ProblemException.badField("within", "party-building.export-too-large", EXPORT_LIMIT);
        }
        return out -> PartyBuildingExport.write(out, year, rows);
    }

    @SuppressWarnings("unchecked")
    private List<PartyBuildingResult> page(int year, String subtree, long offset, int limit) {
        List<Object[]> rows = repository.em().createNativeQuery(BRANCHES_WITH_LATEST.formatted(ScopeSql.andSubtree(subtree), ROW)
                        + " order by b.path offset :offset limit :limit")
                .setParameter("year", year).setParameter("offset", offset).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new PartyBuildingResult(((Number) r[0]).longValue(), (String) r[1],
                OrganizationType.valueOf((String) r[2]), (String) r[3], (String) r[4], assessed(r, 5), assessed(r, 9),
                r[9] == null ? null : (Boolean) r[12])).toList();
    }

    private static PartyBuildingResult.Assessed assessed(Object[] r, int at) {
        return r[at] == null ? null : new PartyBuildingResult.Assessed(((Number) r[at]).longValue(), SqlValues.localDate(r[at + 1]),
                (BigDecimal) r[at + 2], (Boolean) r[at + 3]);
    }
}
