package cn.xinhuo.pairing;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class PairStatusChangeRepository implements PanacheRepository<PairStatusChange> {

    public List<PairStatusChange> historyOf(long pairId) {
        return list("pairId = ?1 order by changedOn desc, id desc", pairId);
    }
}
