package cn.xinhuo.volunteer;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class VolunteerStatusChangeRepository implements PanacheRepository<VolunteerStatusChange> {

    public List<VolunteerStatusChange> historyOf(long volunteerId) {
        return list("volunteerId = ?1 order by changedOn desc, id desc", volunteerId);
    }
}
