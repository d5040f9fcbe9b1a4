package cn.xinhuo.team;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class TeamMemberRepository implements PanacheRepository<TeamMember> {

    public List<TeamMember> ofTeam(long teamId) {
        return list("teamId = ?1 order by leftOn nulls first, joinedOn, id", teamId);
    }

    public boolean isCurrentMember(long teamId, long volunteerId) {
        return count("teamId = ?1 and volunteerId = ?2 and leftOn is null", teamId, volunteerId) > 0;
    }

    public long currentCount(long teamId) {
        return count("teamId = ?1 and leftOn is null", teamId);
    }
}
