package cn.xinhuo.assessment;

/** SQL about the 五好 title that other features' queries embed. */
public final class TitleSql {

    private TitleSql() {
    }

    /**
     * True when the organization ({@code organizationId}, an SQL expression) holds the title on the
     * day {@code on} (an SQL date expression): its last award or revocation up to then is an award.
     */
    public static String holds(String organizationId, String on) {
        return "coalesce((select a.kind from award_event a where a.organization_id = " + organizationId
                + " and a.kind in ('AWARDED', 'REVOKED') and a.occurred_on <= " + on
                + " order by a.occurred_on desc, a.id desc limit 1) = 'AWARDED', false)";
    }
}
