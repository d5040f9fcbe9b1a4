package cn.xinhuo.security;

/**
 * The part of the organization tree a caller may see and change: the subtree under
 * {@code rootOrganizationId}, whose materialized path is {@code rootPath}. A system administrator's
 * scope is the whole forest ({@code rootPath} null).
 */
public record Scope(Long rootOrganizationId, String rootPath) {

    public static final Scope EVERYTHING = new Scope(null, null);

    public boolean isEverything() {
        return rootPath == null;
    }
}
