package cn.xinhuo.common.persistence;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This work only reads, and a few seconds of replication lag do it no harm: when a province runs
 * PostgreSQL with streaming replicas (docs/scaling.md), it may be sent to one. A marked service never
 * opens a write transaction (checked by {@code ReplicaReadableTest}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReplicaReadable {
}
