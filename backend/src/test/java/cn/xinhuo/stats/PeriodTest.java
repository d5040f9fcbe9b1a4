package cn.xinhuo.stats;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTest {

    @Test
    void aHalfYearIsComparedWithTheHalfBeforeIt() {
        Period h1 = Period.named("2016-H1");
        assertThat(h1.from()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(h1.to()).isEqualTo(LocalDate.of(2016, 6, 30));
        assertThat(h1.previous()).isEqualTo(new Period(LocalDate.of(2015, 7, 1), LocalDate.of(2015, 12, 31), "2015-H2"));
        assertThat(Period.named("2016-H2").previous().label()).isEqualTo("2016-H1");
    }

    @Test
    void yearsAndQuartersAndDaysOfYourOwn() {
        assertThat(Period.named("2016").previous()).isEqualTo(new Period(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31), "2015"));
        assertThat(Period.named("2016-Q1").previous().label()).isEqualTo("2015-Q4");
        assertThat(Period.named("2016-Q3").to()).isEqualTo(LocalDate.of(2016, 9, 30));
        Period ten = Period.between(LocalDate.of(2016, 3, 11), LocalDate.of(2016, 3, 20));
        assertThat(ten.previous()).isEqualTo(new Period(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 10), "2016-03-01/2016-03-10"));
    }
}
