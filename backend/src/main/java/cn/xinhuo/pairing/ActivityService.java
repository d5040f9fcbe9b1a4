package cn.xinhuo.pairing;

import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;
import cn.xinhuo.common.web.IdempotencyStore;
import cn.xinhuo.pairing.dto.ActivityForm;
import cn.xinhuo.pairing.dto.ActivityPage;
import cn.xinhuo.pairing.dto.ActivityView;
import cn.xinhuo.security.CurrentCaller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.LocalDate;
import java.util.List;

/** What pairs did, recorded on a phone in a field: safe to retry with an Idempotency-Key. */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class ActivityService {

    private final ActivityRepository activities;
    private final PairService pairs;
    private final IdempotencyStore idempotency;
    private final CurrentCaller caller;
    private final ObjectMapper json;

    ActivityService(ActivityRepository activities, PairService pairs, IdempotencyStore idempotency, CurrentCaller caller,
                    ObjectMapper json) {
        this.activities = activities;
        this.pairs = pairs;
        this.idempotency = idempotency;
        this.caller = caller;
        this.json = json;
    }

    @Transactional(TxType.SUPPORTS)
    public ActivityPage list(long pairId, PageQuery paging) {
        pairs.load(pairId);
        List<ActivityView> items = activities.ofPair(pairId, (int) paging.offset(), paging.size).stream().map(ActivityService::view).toList();
        return new ActivityPage(items, paging.page, paging.size, activities.countOfPair(pairId));
    }

    /**
     * Records an activity. With an Idempotency-Key a repeat of the same request returns the first
     * one's record instead of a second row; the same key with another body is refused (422).
     */
    public ActivityView record(long pairId, ActivityForm form, String idempotencyKey) {
        Pair pair = pairs.load(pairId);
        if (idempotencyKey != null) {
            var earlier = idempotency.claim(caller.actorName(), idempotencyKey, "POST /pairs/" + pairId + "/activities " + write(form));
            if (earlier.isPresent()) {
                return read(earlier.get());
            }
        }
        if (pair.status != PairStatus.ACTIVE) {
            throw new ProblemException(ProblemType.CONFLICT, "pair.not-active");
        }
        if (form.occurredOn().isAfter(LocalDate.now())) {
            throw ProblemException.badField("occurredOn", "activity.future");
        }
        if (form.occurredOn().isBefore(pair.startedOn)) {
            throw ProblemException.badField("occurredOn", "pair.before-start");
        }
        Activity a = new Activity();
        a.pairId = pairId;
        a.occurredOn = form.occurredOn();
        a.kind = form.kind();
        a.hours = form.hours();
        a.distanceKm = form.distanceKm();
        a.notes = form.notes();
        a.recordedBy = caller.actorName();
        activities.persistAndFlush(a);
        ActivityView view = view(a);
        if (idempotencyKey != null) {
            idempotency.complete(caller.actorName(), idempotencyKey, 201, write(view));
        }
        return view;
    }

    private static ActivityView view(Activity a) {
        return new ActivityView(a.id, a.pairId, a.occurredOn, a.kind, a.hours, a.distanceKm, a.notes, a.recordedBy, a.createdAt);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ActivityView read(String stored) {
        try {
            return json.readValue(stored, ActivityView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
