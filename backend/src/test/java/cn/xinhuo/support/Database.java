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

    /**
     * A point in the database's history, cheap to take: the last audit event (every change to an
     * audited table is one, written by a trigger) and what the trail does not cover — the newest
     * import, the idempotency records and the places of research visits.
     */
    public record WriteMark(long auditEvent, long volunteerImport, long researchVisitPlaces, java.sql.Timestamp at) {
    }

    public static WriteMark writeMark() {
        try (var c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
             var s = c.createStatement();
             var rs = s.executeQuery("""
                     select (select coalesce(max(id), 0) from audit_event), (select coalesce(max(id), 0) from volunteer_import),
                            (select count(*) from research_visit_place), clock_timestamp()""")) {
            rs.next();
            return new WriteMark(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getTimestamp(4));
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * What was written since the mark: the audited changes (event and record, security events
     * such as a refused login aside) and rows of the tables the trail does not cover. Empty when
     * nothing was.
     */
    public static java.util.List<String> writtenSince(WriteMark mark) {
        java.util.List<String> written = new java.util.ArrayList<>();
        try (var c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
             var changes = c.prepareStatement("""
                     select event || ' ' || coalesce(object_id, '') from audit_event
                      where id > ? and (before_state is not null or after_state is not null) order by id limit 20""");
             var others = c.prepareStatement("""
                     select (select coalesce(max(id), 0) from volunteer_import), (select count(*) from research_visit_place),
                            (select count(*) from idempotency_record where created_at >= ?)""")) {
            changes.setLong(1, mark.auditEvent());
            try (var rs = changes.executeQuery()) {
                while (rs.next()) {
                    written.add(rs.getString(1));
                }
            }
            others.setTimestamp(1, mark.at());
            try (var rs = others.executeQuery()) {
                rs.next();
                if (rs.getLong(1) != mark.volunteerImport()) {
                    written.add("volunteer_import " + rs.getLong(1));
                }
                if (rs.getLong(2) != mark.researchVisitPlaces()) {
                    written.add("research_visit_place " + mark.researchVisitPlaces() + " → " + rs.getLong(2) + " rows");
                }
                if (rs.getLong(3) > 0) {
                    written.add("idempotency_record +" + rs.getLong(3));
                }
            }
            return written;
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
