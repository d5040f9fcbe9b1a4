package cn.xinhuo.bench;

import java.sql.SQLException;
import java.time.LocalDate;

import static cn.xinhuo.bench.OrganizationTree.Rank;

/**
 * 五老工作组织: a care team (关爱团) in most groups, lecture teams (报告团) and art troupes (艺术团) in
 * townships and above, with members drawn from the active 五老 of the team's own subtree (as the
 * application requires) and a leader among them. A few members have left.
 */
final class Teams {

    private static final String[] TYPES = {"CARE", "LECTURE", "ART", "OTHER"};
    private static final String[] SUFFIXES = {"五老关爱团", "五老报告团", "五老艺术团", "五老志愿服务队"};

    private final OrganizationTree tree;
    private final Register register;
    private final LocalDate asOf;
    private final Ints teamOrganization = new Ints();
    private final Ints teamType = new Ints();
    private final Ints teamEstablished = new Ints();
    private final Ints teamLeader = new Ints();
    private final Ints memberTeam = new Ints();
    private final Ints memberVolunteer = new Ints();
    private final Ints memberJoined = new Ints();
    private final Ints memberLeft = new Ints();

    Teams(OrganizationTree tree, Register register, long seed, LocalDate asOf) {
        this.tree = tree;
        this.register = register;
        this.asOf = asOf;
        Chance c = Chance.of(seed, "team");
        for (int o = 0; o < tree.size; o++) {
            int own = register.first[o + 1] - register.first[o];
            if (!tree.isCommittee(o)) {
                if (own >= 3 && c.chance(0.75)) {
                    int size = Math.min(40, Math.max(2, (int) (own * (0.2 + 0.3 * c.unit()))));
                    team(c, o, 0, register.first[o], register.first[o + 1], size);
                }
                continue;
            }
            boolean township = tree.type[o] == OrganizationTree.TOWNSHIP;
            boolean county = tree.rank[o] == Rank.COUNTY.ordinal();
            int from = register.subtreeFrom(o);
            int to = register.subtreeTo(o);
            if (c.chance(township ? 0.6 : 0.85)) {
                team(c, o, 1, from, to, c.between(township ? 6 : 10, township ? 20 : 30));
            }
            if (c.chance(township ? 0.45 : county ? 0.7 : 0.3)) {
                team(c, o, 2, from, to, c.between(township ? 8 : 12, township ? 25 : 35));
            }
            if (county && c.chance(0.2)) {
                team(c, o, 3, from, to, c.between(10, 30));
            }
        }
    }

    private void team(Chance c, int o, int type, int from, int to, int size) {
        int[] chosen = register.sampleActive(c, from, to, size);
        if (chosen.length == 0) {
            return;
        }
        long established = c.betweenLong(Math.max(tree.established[o], LocalDate.of(2008, 1, 1).toEpochDay()),
                asOf.minusDays(60).toEpochDay());
        int team = teamOrganization.size();
        teamOrganization.add(o);
        teamType.add(type);
        teamEstablished.add((int) established);
        teamLeader.add(chosen[0]);
        for (int i = 0; i < chosen.length; i++) {
            int v = chosen[i];
            int joinedOn = (int) Math.min(Math.max(established, register.joined[v]), asOf.toEpochDay());
            memberTeam.add(team);
            memberVolunteer.add(v);
            memberJoined.add(joinedOn);
            // the leader stays; one in twelve others has left again
            memberLeft.add(i > 0 && c.chance(1.0 / 12) ? (int) c.betweenLong(joinedOn, asOf.toEpochDay()) : -1);
        }
    }

    void write(Report report) throws SQLException {
        try (CopyRows rows = report.copy("team", "id, organization_id, type, name, leader_id, established_on, version,"
                + " created_at, updated_at, updated_by")) {
            for (int t = 0; t < teamOrganization.size(); t++) {
                int o = teamOrganization.get(t);
                LocalDate day = LocalDate.ofEpochDay(teamEstablished.get(t));
                rows.add(t + 1L).add(tree.id(o)).add(TYPES[teamType.get(t)]).add(tree.shortName[o] + SUFFIXES[teamType.get(t)])
                        .add(register.id(teamLeader.get(t))).add(day).stamp(day, 9 * 3600, Accounts.adminOf(tree, o));
                rows.endRow();
            }
        }
        try (CopyRows rows = report.copy("team_member", "id, team_id, volunteer_id, joined_on, left_on, version, created_at,"
                + " updated_at, updated_by")) {
            for (int m = 0; m < memberTeam.size(); m++) {
                LocalDate joinedOn = LocalDate.ofEpochDay(memberJoined.get(m));
                LocalDate left = memberLeft.get(m) < 0 ? null : LocalDate.ofEpochDay(memberLeft.get(m));
                rows.add(m + 1L).add(memberTeam.get(m) + 1L).add(register.id(memberVolunteer.get(m))).add(joinedOn).add(left)
                        .stamp(left == null ? 0 : 1, joinedOn, left == null ? joinedOn : left, 9 * 3600 + 60,
                                Accounts.adminOf(tree, teamOrganization.get(memberTeam.get(m))));
                rows.endRow();
            }
        }
    }
}
