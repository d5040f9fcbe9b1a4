package cn.xinhuo.team;

import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.persistence.InOrder;
import cn.xinhuo.common.problem.FieldError;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;
import cn.xinhuo.common.web.ETags;
import cn.xinhuo.organization.OrganizationRepository;
import cn.xinhuo.security.CurrentCaller;
import cn.xinhuo.security.Scope;
import cn.xinhuo.team.dto.MemberForm;
import cn.xinhuo.team.dto.MemberLeave;
import cn.xinhuo.team.dto.MemberView;
import cn.xinhuo.team.dto.TeamForm;
import cn.xinhuo.team.dto.TeamPage;
import cn.xinhuo.team.dto.TeamSummary;
import cn.xinhuo.team.dto.TeamView;
import cn.xinhuo.volunteer.VolunteerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** 五老工作组织 inside the caller's subtree: teams, their members over time, counts by type. */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class TeamService {

    private final TeamRepository teams;
    private final TeamMemberRepository members;
    private final VolunteerRepository volunteers;
    private final OrganizationRepository organizations;
    private final CurrentCaller caller;

    TeamService(TeamRepository teams, TeamMemberRepository members, VolunteerRepository volunteers,
                OrganizationRepository organizations, CurrentCaller caller) {
        this.teams = teams;
        this.members = members;
        this.volunteers = volunteers;
        this.organizations = organizations;
        this.caller = caller;
    }

    @Transactional(TxType.SUPPORTS)
    public TeamPage search(TeamType type, Long within, String q, PageQuery paging) {
        String text = q == null || q.isBlank() ? null : q.trim();
        Scope scope = caller.scope();
        requireVisible(within);
        List<TeamView> items = views(InOrder.load(teams.search(type, within, text, scope, paging.offset(), paging.size),
                ids -> teams.list("id in ?1", ids), t -> t.id));
        return new TeamPage(items, paging.page, paging.size, teams.count(type, within, text, scope));
    }

    @Transactional(TxType.SUPPORTS)
    public TeamSummary summary(Long within) {
        return summary(within, null);
    }

    /** The teams of a subtree as they stood on a day (null: now). */
    @Transactional(TxType.SUPPORTS)
    public TeamSummary summary(Long within, LocalDate on) {
        requireVisible(within);
        var byType = teams.summary(within, on, caller.scope()).stream()
                .map(t -> new TeamSummary.ByType(TeamType.valueOf((String) t.get("type")),
                        ((Number) t.get("teams")).longValue(), ((Number) t.get("members")).longValue()))
                .toList();
        return new TeamSummary(byType.stream().mapToLong(TeamSummary.ByType::teams).sum(),
                byType.stream().mapToLong(TeamSummary.ByType::members).sum(), byType);
    }

    @Transactional(TxType.SUPPORTS)
    public TeamView get(long id) {
        return view(load(id));
    }

    public TeamView create(TeamForm form) {
        Team team = new Team();
        apply(form, team);
        teams.persistAndFlush(team);
        return view(team);
    }

    public TeamView update(long id, long expectedVersion, TeamForm form) {
        Team team = load(id);
        ETags.requireCurrent(expectedVersion, team.version);
        apply(form, team);
        teams.flush();
        return view(team);
    }

    @Transactional(TxType.SUPPORTS)
    public List<MemberView> members(long teamId) {
        load(teamId);
        List<TeamMember> list = members.ofTeam(teamId);
        Map<Long, String> names = volunteers.namesOf(list.stream().map(m -> m.volunteerId).toList());
        return list.stream().map(m -> view(m, names.get(m.volunteerId))).toList();
    }

    public MemberView join(long teamId, MemberForm form) {
        Team team = load(teamId);
        requireVolunteerUnder(form.volunteerId(), team.organizationId, "volunteerId");
        if (members.isCurrentMember(teamId, form.volunteerId())) {
            throw new ProblemException(ProblemType.CONFLICT,
                    List.of(new FieldError("volunteerId", "{team.already-member}")), "team.already-member");
        }
        TeamMember member = new TeamMember();
        member.teamId = teamId;
        member.volunteerId = form.volunteerId();
        member.joinedOn = form.joinedOn();
        members.persistAndFlush(member);
        return view(member);
    }

    public MemberView leave(long teamId, long memberId, MemberLeave leave) {
        load(teamId);
        TeamMember member = members.findByIdOptional(memberId).filter(m -> m.teamId == teamId)
                .orElseThrow(() -> ProblemException.notFound("team-member", memberId));
        if (member.leftOn != null) {
            throw new ProblemException(ProblemType.CONFLICT, "team.already-left");
        }
        if (leave.leftOn().isBefore(member.joinedOn)) {
            throw ProblemException.badField("leftOn", "team.left-before-joined");
        }
        member.leftOn = leave.leftOn();
        members.flush();
        return view(member);
    }

    private void apply(TeamForm form, Team team) {
        if (!organizations.isVisible(form.organizationId(), caller.scope())) {
            throw ProblemException.missingReference("organizationId", "user.organization.not-found");
        }
        if (form.leaderId() != null) {
            requireVolunteerUnder(form.leaderId(), form.organizationId(), "leaderId");
        }
        team.organizationId = form.organizationId();
        team.type = form.type();
        team.name = form.name().trim();
        team.leaderId = form.leaderId();
        team.establishedOn = form.establishedOn();
    }

    /** A leader or member is a 五老 of the team's own subtree, visible to the caller. */
    private void requireVolunteerUnder(long volunteerId, long organizationId, String field) {
        var volunteer = volunteers.findInScope(volunteerId, caller.scope())
                .orElseThrow(() -> ProblemException.missingReference(field, "team.volunteer.not-found"));
        if (!organizations.isWithinSubtree(volunteer.organizationId, organizationId)) {
            throw ProblemException.badField(field, "team.volunteer.outside-team");
        }
    }

    private void requireVisible(Long organizationId) {
        if (organizationId != null && !organizations.isVisible(organizationId, caller.scope())) {
            throw ProblemException.notFound("organization", organizationId);
        }
    }

    private Team load(long id) {
        return teams.findInScope(id, caller.scope()).orElseThrow(() -> ProblemException.notFound("team", id));
    }

    private TeamView view(Team t) {
        return views(List.of(t)).get(0);
    }

    /** A page of teams in three statements: their places, leaders and member counts. */
    private List<TeamView> views(List<Team> page) {
        Map<Long, String> places = organizations.namesOf(page.stream().map(t -> t.organizationId).toList());
        Map<Long, String> leaders = volunteers.namesOf(page.stream().map(t -> t.leaderId).filter(Objects::nonNull).toList());
        Map<Long, Long> counts = members.currentCounts(page.stream().map(t -> t.id).toList());
        return page.stream().map(t -> new TeamView(t.id, t.organizationId, places.get(t.organizationId), t.type, t.name,
                t.leaderId, t.leaderId == null ? null : leaders.get(t.leaderId), t.establishedOn, counts.getOrDefault(t.id, 0L),
                t.version)).toList();
    }

    private MemberView view(TeamMember m) {
        return view(m, volunteers.findById(m.volunteerId).name);
    }

    private static MemberView view(TeamMember m, String name) {
        return new MemberView(m.id, m.volunteerId, name, m.joinedOn, m.leftOn);
    }
}
