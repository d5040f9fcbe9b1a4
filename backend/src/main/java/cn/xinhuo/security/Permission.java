package cn.xinhuo.security;

/** The functions of the API. Each endpoint requires exactly one; a role holds a set of them. */
public enum Permission {
    ORGANIZATION_READ,
    ORGANIZATION_WRITE,
    USER_READ,
    USER_WRITE,
    AUDIT_READ,
    API_KEY_MANAGE
}
