package cn.xinhuo.volunteer;

import cn.xinhuo.support.SyntheticPeople;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("V1")
class IdCardNumberTest {

    @Test
    void aWellFormedNumberGivesItsBirthDateAndGender() {
        String number = SyntheticPeople.idCard(LocalDate.of(1952, 3, 1), false);
        var parsed = IdCardNumber.parse(number).orElseThrow();
        assertThat(parsed.birthDate()).isEqualTo(LocalDate.of(1952, 3, 1));
        assertThat(parsed.gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void aWrongCheckCharacterAnImpossibleDateOrAFutureBirthAreRefused() {
        String good = SyntheticPeople.idCard(LocalDate.of(1960, 1, 31), true);
        char wrong = good.charAt(17) == '0' ? '1' : '0';
        assertThat(IdCardNumber.parse(good.substring(0, 17) + wrong)).isEmpty();
        String feb30 = "99999919600230123";
        assertThat(IdCardNumber.parse(feb30 + IdCardNumber.checkCharacter(feb30))).isEmpty();
        String future = "99999930000101123";
        assertThat(IdCardNumber.parse(future + IdCardNumber.checkCharacter(future))).isEmpty();
        assertThat(IdCardNumber.parse("12345")).isEmpty();
    }

    @Test
    void theCheckCharacterCanBeX() {
        for (int seq = 100; seq < 200; seq++) {
            String first17 = "99999919520301" + seq;
            if (IdCardNumber.checkCharacter(first17) == 'X') {
                assertThat(IdCardNumber.parse(first17 + "x")).isPresent();
                return;
            }
        }
        throw new AssertionError("no sequence with check character X in 100..199");
    }

    @Test
    void pinyinInitialsOfAName() {
        assertThat(NameInitials.of("张永新")).isEqualTo("zyx");
        assertThat(NameInitials.of("冯林")).isEqualTo("fl");
    }
}
