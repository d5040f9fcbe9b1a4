package cn.xinhuo.common.problem;

import jakarta.persistence.PersistenceException;
import org.hibernate.QueryTimeoutException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean "the database cannot serve now" (503 + Retry-After), however they are wrapped. */
@Tag("R5")
@DisplayName("R5 database trouble is told from bugs by the SQLState anywhere in the causes")
class DatabaseTroubleTest {

    @Test
    void aStatementTimeoutWrappedByHibernateAndJpaIsSlow() {
        var timeout = new SQLException("ERROR: canceling statement due to statement timeout", "57014");
        var wrapped = new PersistenceException(new QueryTimeoutException("query", timeout, "select 1"));
        assertThat(DatabaseTrouble.of(wrapped)).contains(DatabaseTrouble.SLOW);
    }

    @Test
    void aRefusedOrBrokenConnectionAndAServerShuttingDownAreAway() {
        assertThat(DatabaseTrouble.of(new JDBCConnectionException("x", new SQLException("refused", "08001"))))
                .contains(DatabaseTrouble.AWAY);
        assertThat(DatabaseTrouble.of(new RuntimeException(new SQLException("closed", "08003")))).contains(DatabaseTrouble.AWAY);
        assertThat(DatabaseTrouble.of(new SQLException("terminating connection due to administrator command", "57P01")))
                .contains(DatabaseTrouble.AWAY);
        assertThat(DatabaseTrouble.of(new SQLException("the database system is starting up", "57P03")))
                .contains(DatabaseTrouble.AWAY);
    }

    @Test
    void thePoolsAcquisitionTimeoutsAndAFullServerAreBusy() {
        // Agroal's own words: its exceptions carry no SQLState
        var sorry = new GenericJDBCException("Unable to acquire JDBC Connection", new SQLException("Sorry, acquisition timeout!"));
        var waiting = new SQLException("Acquisition timeout while waiting for new connection");
        assertThat(DatabaseTrouble.of(sorry)).contains(DatabaseTrouble.BUSY);
        assertThat(DatabaseTrouble.of(new PersistenceException(waiting))).contains(DatabaseTrouble.BUSY);
        assertThat(DatabaseTrouble.of(new SQLException("too many clients", "53300"))).contains(DatabaseTrouble.BUSY);
    }

    @Test
    void aChainedNextExceptionIsLookedAtToo() {
        var batch = new SQLException("Batch entry 3 was aborted", "08006");
        var outer = new SQLException("batch failed");
        outer.setNextException(batch);
        assertThat(DatabaseTrouble.of(outer)).contains(DatabaseTrouble.AWAY);
    }

    @Test
    void constraintViolationsBugsAndCyclesAreNotDatabaseTrouble() {
        assertThat(DatabaseTrouble.of(new SQLException("duplicate key", "23505"))).isEmpty();
        assertThat(DatabaseTrouble.of(new SQLException("raised by a trigger", "P0001"))).isEmpty();
        assertThat(DatabaseTrouble.of(new NullPointerException())).isEmpty();
        var a = new RuntimeException("a");
        var b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(DatabaseTrouble.of(a)).isEmpty();
    }
}
