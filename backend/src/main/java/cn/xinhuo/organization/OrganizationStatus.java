package cn.xinhuo.organization;

/** Organizations are dissolved, never deleted: other records keep pointing at them. */
public enum OrganizationStatus {
    ACTIVE,
    DISSOLVED
}
