package cn.xinhuo.team;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class TeamMemberRepository implements PanacheRepository<TeamMember> {

    public List<TeamMember> ofTeam(long teamId) {
        return list("teamId = ?1 order by leftOn nulls first, joinedOn, id", teamId);
    }

    public boolean isCurrentMember(long teamId, long volunteerId) {
        return count("teamId = ?1 and volunteerId = ?2 and leftOn is null", teamId, volunteerId) > 0;
    }

    /** Current members (not left) of each of these teams, by team id; a team without any is absent. */
    public Map<Long, Long> currentCounts(Collection<Long> teamIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!teamIds.isEmpty()) {
            getEntityManager().createQuery("select m.teamId, count(m) from TeamMember m where m.teamId in :ids and m.leftOn is null"
                    + " group by m.teamId", Object[].class).setParameter("ids", teamIds).getResultList()
                    .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        }
        return counts;
    }
}
