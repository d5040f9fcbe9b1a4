package cn.xinhuo.volunteer;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class EligibilityRuleRepository implements PanacheRepository<EligibilityRule> {

    /** The rule in force on a day: the latest one that took effect by then. */
    public EligibilityRule inForce(Residence residence, Gender gender, LocalDate day) {
        return find("residence = ?1 and gender = ?2 and effectiveFrom <= ?3 order by effectiveFrom desc",
                residence, gender, day).firstResult();
    }

    public List<EligibilityRule> history() {
        return list("order by residence, gender, effectiveFrom desc");
    }
}
