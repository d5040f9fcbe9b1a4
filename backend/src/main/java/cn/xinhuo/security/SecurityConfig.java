package cn.xinhuo.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "xinhuo.security")
public interface SecurityConfig {

    Session session();

    Lockout lockout();

    Password password();

    RateLimit rateLimit();

    SecondFactor secondFactor();

    interface Session {
        /** S1: a token unused this long is dead. */
        @WithDefault("30M")
        Duration idleTimeout();

        /** S1: no token lives longer than this, however busy. */
        @WithDefault("8H")
        Duration absoluteLifetime();
    }

    interface Lockout {
        /** A2: failures in a row that lock the account. */
        @WithDefault("5")
        int maxFailures();

        @WithDefault("15M")
        Duration duration();
    }

    interface Password {
        @WithDefault("8")
        int minLength();

        @WithDefault("128")
        int maxLength();

        /**
         * 等保 mode (MLPS 2.0): three of four character classes and an expiry. On by default for
         * government deployments; ASVS advises against both, so it can be switched off.
         */
        @WithDefault("true")
        boolean dengbaoMode();

        @WithDefault("90D")
        Duration expiry();
    }

    interface SecondFactor {
        /** A3: administrators (system and organization) must enrol TOTP before anything but their account works. */
        @WithDefault("false")
        boolean requiredForAdmins();
    }

    interface RateLimit {
        /** Login attempts per client address per minute. */
        @WithDefault("30")
        int loginPerAddress();

        /** Login attempts per username per minute. */
        @WithDefault("10")
        int loginPerUsername();
    }
}
