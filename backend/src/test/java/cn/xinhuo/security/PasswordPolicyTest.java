package cn.xinhuo.security;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A1: at least 8 characters, long passphrases accepted (64 and more), the common passwords and the
 * username refused; 等保 mode adds three of four character classes (its expiry: LoginAndSessionTest).
 * Both modes, from the policy itself.
 */
@Tag("A1")
class PasswordPolicyTest {

    private static PasswordPolicy policy(boolean dengbao) {
        return new PasswordPolicy(new SecurityConfig() {
            public Session session() {
                throw new UnsupportedOperationException();
            }

            public Lockout lockout() {
                throw new UnsupportedOperationException();
            }

            public RateLimit rateLimit() {
                throw new UnsupportedOperationException();
            }

            public SecondFactor secondFactor() {
                throw new UnsupportedOperationException();
            }

            public Password password() {
                return new Password() {
                    public int minLength() {
                        return 8;
                    }

                    public int maxLength() {
                        return 128;
                    }

                    public boolean dengbaoMode() {
                        return dengbao;
                    }

                    public Duration expiry() {
                        return Duration.ofDays(90);
                    }
                };
            }
        });
    }

    private final PasswordPolicy plain = policy(false);
    private final PasswordPolicy dengbao = policy(true);

    @Test
    void eightCharactersAreTheLeastAndLongPassphrasesAreAccepted() {
        for (PasswordPolicy p : new PasswordPolicy[] {plain, dengbao}) {
            assertThat(p.violation("zhang", "Xh-2016")).isEqualTo("password.too-short");
            assertThat(p.violation("zhang", "Xh-20167")).isNull();
            // characters, not bytes: eight Chinese characters with a digit and a letter are long enough
            assertThat(p.violation("zhang", "薪火相传关心下一代A1")).isNull();
            String passphrase64 = "Correct-Horse-Battery-Staple-" + "x".repeat(35);
            assertThat(passphrase64).hasSize(64);
            assertThat(p.violation("zhang", passphrase64)).isNull();
            assertThat(p.violation("zhang", "Aa1-" + "y".repeat(124))).isNull(); // 128
            assertThat(p.violation("zhang", "Aa1-" + "y".repeat(125))).isEqualTo("password.too-long");
        }
    }

    @Test
    void theMostCommonPasswordsAndTheUsernameAreRefusedInEitherMode() {
        for (PasswordPolicy p : new PasswordPolicy[] {plain, dengbao}) {
            assertThat(p.violation("zhang", "password")).isEqualTo("password.too-common");
            assertThat(p.violation("zhang", "12345678")).isEqualTo("password.too-common");
            assertThat(p.violation("zhang", "PASSWORD1")).isEqualTo("password.too-common"); // whatever the case
            assertThat(p.violation("zhang", "Password@123")).isEqualTo("password.too-common");
            // from zxcvbn's list of 30,000 (not in ours): the list the library keeps is in use
            assertThat(p.violation("zhang", "trustno1")).isEqualTo("password.too-common");
            assertThat(p.violation("zhang", "Football1")).isEqualTo("password.too-common");
            assertThat(p.violation("Zhang-Wei-2016", "zhang-wei-2016")).isEqualTo("password.same-as-username");
        }
    }

    @Test
    void dengbaoModeAsksForThreeCharacterClassesThePlainModeDoesNot() {
        String oneClass = "correcthorsebatterystaple";
        String twoClasses = "correcthorse2016";
        assertThat(plain.violation("zhang", oneClass)).isNull();
        assertThat(plain.violation("zhang", twoClasses)).isNull();
        assertThat(dengbao.violation("zhang", oneClass)).isEqualTo("password.classes");
        assertThat(dengbao.violation("zhang", twoClasses)).isEqualTo("password.classes");
        assertThat(dengbao.violation("zhang", "Correcthorse2016")).isNull(); // upper, lower, digit
        assertThat(dengbao.violation("zhang", "correcthorse-2016")).isNull(); // lower, digit, symbol
    }
}
