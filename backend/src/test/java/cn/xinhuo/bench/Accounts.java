package cn.xinhuo.bench;

import io.quarkus.elytron.security.common.BcryptUtil;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;

import static cn.xinhuo.bench.OrganizationTree.Rank;

/**
 * The accounts, named after the organization they are bound to, all with the password
 * {@link #PASSWORD} (no forced change): {@code sysadmin} (SYSTEM_ADMIN at the root); every
 * committee's administrator {@code org<id>-admin} (ORG_ADMIN; committees above the townships have a
 * second one, {@code org<id>-admin2}, the root a third); a VIEWER {@code org<id>-viewer} at every
 * committee above the townships (the root has three: -viewer, -viewer2, -viewer3); an INTEGRATION
 * account {@code integration} at the root; and GROUP_LEADER {@code org<id>-leader} in as many
 * groups, chosen at random, as the scale's number of users leaves.
 */
final class Accounts {

    /** The password of every generated account (documented in the README and the script). */
    static final String PASSWORD = "Xinhuo@2016";

    private final OrganizationTree tree;
    private final boolean[] leader;

    Accounts(OrganizationTree tree, Scale scale, long seed) {
        this.tree = tree;
        int fixed = 2 + 3; // sysadmin, integration, the root's third admin and its two more viewers
        int groups = 0;
        for (int o = 0; o < tree.size; o++) {
            fixed += tree.isCommittee(o) ? (tree.type[o] == OrganizationTree.TOWNSHIP ? 1 : 3) : 0;
            groups += tree.isCommittee(o) ? 0 : 1;
        }
        int leaders = scale.users() - fixed;
        if (leaders < 0 || leaders > groups) {
            throw new IllegalStateException("scale " + scale.name() + ": " + scale.users() + " users do not fit " + fixed
                    + " committee accounts and " + groups + " groups");
        }
        // choose `leaders` of the groups: a partial shuffle of the group indexes
        int[] candidates = new int[groups];
        int k = 0;
        for (int o = 0; o < tree.size; o++) {
            if (!tree.isCommittee(o)) {
                candidates[k++] = o;
            }
        }
        Chance c = Chance.of(seed, "account");
        leader = new boolean[tree.size];
        for (int i = 0; i < leaders; i++) {
            int j = i + c.below(groups - i);
            int t = candidates[i];
            candidates[i] = candidates[j];
            candidates[j] = t;
            leader[candidates[i]] = true;
        }
    }

    /** Who keeps an organization's records: the administrator of its committee (or of its township, county). */
    static String adminOf(OrganizationTree tree, int o) {
        return "org" + tree.id(tree.keeper(o)) + "-admin";
    }

    /** Who records what a group's pairs did: its leader, else its township's administrator. */
    String recorderOf(int o) {
        return leader[o] ? "org" + tree.id(o) + "-leader" : adminOf(tree, o);
    }

    void write(Report report, long seed, LocalDate asOf) throws SQLException {
        // one bcrypt hash for all (hashing each would take minutes), salted from the seed so it repeats
        String hash = BcryptUtil.bcryptHash(PASSWORD, 10, Arrays.copyOf(sha256("xinhuo-generated-accounts:" + seed), 16));
        try (CopyRows rows = report.copy("app_user", "id, username, display_name, phone, organization_id, roles, enabled,"
                + " must_change_password, password_hash, password_changed_at, failed_attempts, version, created_at, updated_at,"
                + " updated_by, totp_enabled")) {
            long[] id = {0};
            Account account = (username, display, o, role) -> {
                rows.add(++id[0]).add(username).add(display).addNull().add(tree.id(o)).addArray(role).add(true).add(false)
                        .add(hash).addTime(asOf, 0).add(0).add(0).addTime(asOf, 0).addTime(asOf, 0).add("sysadmin").add(false);
                rows.endRow();
            };
            account.add("sysadmin", "系统管理员", 0, "SYSTEM_ADMIN");
            account.add("integration", "省级平台接口", 0, "INTEGRATION");
            for (int o = 0; o < tree.size; o++) {
                String name = tree.name(o);
                String prefix = "org" + tree.id(o);
                if (tree.isCommittee(o)) {
                    account.add(prefix + "-admin", name + "管理员", o, "ORG_ADMIN");
                    if (tree.type[o] != OrganizationTree.TOWNSHIP) {
                        account.add(prefix + "-admin2", name + "管理员2", o, "ORG_ADMIN");
                        account.add(prefix + "-viewer", name + "领导（只读）", o, "VIEWER");
                    }
                    if (tree.rank[o] == Rank.NATION.ordinal() || o == 0) {
                        account.add(prefix + "-admin3", name + "管理员3", o, "ORG_ADMIN");
                        account.add(prefix + "-viewer2", name + "督查（只读）", o, "VIEWER");
                        account.add(prefix + "-viewer3", name + "督查2（只读）", o, "VIEWER");
                    }
                } else if (leader[o]) {
                    account.add(prefix + "-leader", name + "组长", o, "GROUP_LEADER");
                }
            }
        }
    }

    @FunctionalInterface
    private interface Account {
        void add(String username, String displayName, int organization, String role) throws SQLException;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
