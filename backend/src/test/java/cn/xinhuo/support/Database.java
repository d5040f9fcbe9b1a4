package cn.xinhuo.support;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

import java.sql.SQLException;

/** Direct SQL for tests: to move a clock, or to prove the database itself refuses something. */
public final class Database {

    private Database() {
    }

    public static int update(String sql, Object... args) {
        try (var c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
             var s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static long count(String sql, Object... args) {
        try (var c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
             var s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The work records: rows and the sum of their versions, per table. */
    private static final String WORK_TABLES = String.join(" union all ", java.util.stream.Stream.of("volunteer",
            "volunteer_status_change", "team", "team_member", "honor", "media_coverage", "beneficiary", "pair",
            "pair_status_change", "activity", "appointment", "training", "training_attendance", "research_visit", "assessment_template", "evaluation", "award_event", "campaign", "campaign_enrolment", "evaluation_evidence").map(t -> "select '" + t + "=' || count(*) || ':' || coalesce(sum(version), 0) from " + t)
            .toList());

    /** A fingerprint of the tables a refused request must leave alone. */
    public static String fingerprint() {
        try (var c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
             var s = c.createStatement();
             var rs = s.executeQuery("""
                     select (select count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(md5(string_agg(
                                    id || name || status || coalesce(parent_id::text, '-'), ',' order by id)), '') from organization)
                            || '|' ||
                            (select count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(md5(string_agg(
                                    id || username || array_to_string(roles, ',') || enabled, ',' order by id)), '') from app_user)
                            || '|' || (select string_agg(t, '|') from (""" + WORK_TABLES + ") counts(t))")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
