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

    /**
     * The organization row {@code o} lies in the subtree whose root has this materialized path, the path written
     * into the statement as a literal. Bound as a parameter or read by a sub-select, the planner cannot see the
     * path and guesses that 0.1 % of the organizations match — for a province, whose subtree is all 20,000 of
     * them, it then walks them one by one into each table's index (tens of milliseconds a figure). Written in,
     * the column's statistics tell a province's subtree from a township's, and each gets its own plan. Safe to
     * write in: a path is ids and dots, checked here.
     */
    public static String subtree(String path) {
        if (!PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("not an organization path: " + path);
        }
        return " o.path <@ cast('" + path + "' as ltree)";
    }

    /** {@link #subtree} as a further condition, none for a null path (the whole forest). */
    public static String andSubtree(String path) {
        return path == null ? "" : " and" + subtree(path);
    }

    private static final java.util.regex.Pattern PATH = java.util.regex.Pattern.compile("[0-9]{1,19}(\\.[0-9]{1,19})*");

    public static Query bind(Query q, Scope scope) {
        return scope.isEverything() ? q : q.setParameter("scopePath", scope.rootPath());
    }
}
