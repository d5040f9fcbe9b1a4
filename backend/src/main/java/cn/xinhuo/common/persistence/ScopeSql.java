package cn.xinhuo.common.persistence;

import cn.xinhuo.security.Scope;
import jakarta.persistence.Query;

/**
 * The one SQL condition that keeps a query inside the caller's subtree: the organization row
 * (aliased {@code o}) lies under the scope's root. Every scoped native query appends
 * {@link #within} and then {@link #bind}s it.
 */
public final class ScopeSql {

    private ScopeSql() {
    }

    public static String within(Scope scope) {
        return scope.isEverything() ? "" : " and o.path <@ cast(:scopePath as ltree)";
    }

    public static Query bind(Query q, Scope scope) {
        return scope.isEverything() ? q : q.setParameter("scopePath", scope.rootPath());
    }
}
