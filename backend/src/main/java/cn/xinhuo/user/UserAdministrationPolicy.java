package cn.xinhuo.user;

import cn.xinhuo.common.problem.FieldError;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;
import cn.xinhuo.security.Caller;
import cn.xinhuo.security.Role;

import java.util.List;
import java.util.Set;

/**
 * Who may grant what: an administrator works only inside its subtree (checked by the service's
 * scope), never grants a role above its own, never touches an account that outranks it, and
 * cannot change its own roles or disable itself.
 */
public final class UserAdministrationPolicy {

    private UserAdministrationPolicy() {
    }

    public static void checkGrant(Caller admin, Set<Role> roles) {
        int own = admin.highestRank();
        if (roles.stream().anyMatch(r -> r.rank() > own)) {
            throw new ProblemException(ProblemType.VALIDATION,
                    List.of(new FieldError("roles", "{user.role-above-own}")), "user.role-above-own");
        }
    }

    public static void checkMayAdminister(Caller admin, User target) {
        if (target.roleSet().stream().anyMatch(r -> r.rank() > admin.highestRank())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "user.role-above-own");
        }
    }

    public static void checkSelfChange(Caller admin, User target, Set<Role> newRoles, boolean enabled) {
        if (admin.userId() == target.id && (!newRoles.equals(target.roleSet()) || !enabled)) {
            throw new ProblemException(ProblemType.VALIDATION,
                    List.of(new FieldError(enabled ? "roles" : "enabled", "{user.self-change}")), "user.self-change");
        }
    }
}
