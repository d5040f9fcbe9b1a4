package cn.xinhuo.support;

import org.hibernate.SessionFactory;

import java.util.function.Supplier;

/**
 * Counts the SQL statements a piece of work prepares, from Hibernate's statistics (on in the test
 * profile). The count is of the whole application, so a job running alongside could add to it: the
 * least of a few tries is the work's own.
 */
public final class Statements {

    private Statements() {
    }

    public static long count(SessionFactory sessions, Runnable work) {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = sessions.getStatistics().getPrepareStatementCount();
            work.run();
            least = Math.min(least, sessions.getStatistics().getPrepareStatementCount() - before);
        }
        return least;
    }

    public static <T> long count(SessionFactory sessions, Supplier<T> work) {
        return count(sessions, (Runnable) work::get);
    }
}
