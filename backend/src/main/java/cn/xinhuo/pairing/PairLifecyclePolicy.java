package cn.xinhuo.pairing;

import cn.xinhuo.common.problem.FieldError;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of a pair: PROPOSED → ACTIVE ⇄ PAUSED → COMPLETED (with its outcomes) or ENDED
 * (with a reason); a proposal may also be dropped (ENDED). COMPLETED and ENDED are final.
 */
public final class PairLifecyclePolicy {

    private static final Map<PairStatus, Set<PairStatus>> NEXT = Map.of(
            PairStatus.PROPOSED, EnumSet.of(PairStatus.ACTIVE, PairStatus.ENDED),
            PairStatus.ACTIVE, EnumSet.of(PairStatus.PAUSED, PairStatus.COMPLETED, PairStatus.ENDED),
            PairStatus.PAUSED, EnumSet.of(PairStatus.ACTIVE, PairStatus.COMPLETED, PairStatus.ENDED),
            PairStatus.COMPLETED, EnumSet.noneOf(PairStatus.class),
            PairStatus.ENDED, EnumSet.noneOf(PairStatus.class));

    private PairLifecyclePolicy() {
    }

    public static boolean allows(PairStatus from, PairStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** Refuses a step the lifecycle does not have, or one without what it needs (409 / 400 naming the field). */
    public static void check(PairStatus from, PairStatus to, List<PairOutcome> outcomes, String outcomeNote, String reason) {
        if (!allows(from, to)) {
            throw new ProblemException(ProblemType.CONFLICT, List.of(new FieldError("status", "{pair.transition-not-allowed}")),
                    "pair.transition-not-allowed", from.name(), to.name());
        }
        if (to == PairStatus.COMPLETED && (outcomes == null || outcomes.isEmpty())) {
            throw ProblemException.badField("outcomes", "pair.outcomes-required");
        }
        if (to == PairStatus.COMPLETED && outcomes.contains(PairOutcome.OTHER) && (outcomeNote == null || outcomeNote.isBlank())) {
            throw ProblemException.badField("outcomeNote", "pair.outcome-note-required");
        }
        if (to == PairStatus.ENDED && (reason == null || reason.isBlank())) {
            throw ProblemException.badField("reason", "pair.reason-required");
        }
    }
}
