package cn.xinhuo.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MemorySeriesTest {

    /** Thirty minutes of samples every 10 s: resident and old generation given per second. */
    private static MemorySeries series(java.util.function.IntToLongFunction resident, java.util.function.IntToLongFunction old) {
        List<MemorySeries.Sample> samples = new ArrayList<>();
        for (int t = 0; t <= 1800; t += 10) {
            samples.add(new MemorySeries.Sample(t, resident.applyAsLong(t), old.applyAsLong(t)));
        }
        return new MemorySeries(samples);
    }

    @Test
    void aSawtoothOldGenerationOverASteadyResidentSetIsFlat() {
        // the collector empties the old generation back to 100 MB every two minutes
        MemorySeries m = series(t -> 600_000, t -> 100_000 + (t % 120) * 1_000L);
        assertThat(m.flat()).isTrue();
        assertThat(m.render()).contains("flat").contains("| 30 | 586 |");
    }

    @Test
    void theWarmUpDoesNotCountAsGrowth() {
        // the JIT and caches fill the first minutes, then nothing grows
        MemorySeries m = series(t -> t < 240 ? 300_000 + t * 1_000L : 600_000, t -> 100_000);
        assertThat(m.settled().get(0).seconds()).isEqualTo(300);
        assertThat(m.flat()).isTrue();
    }

    @Test
    void aRisingFloorIsALeakEvenWhenTheResidentSetIsCapped() {
        // the heap's limit keeps the resident set level while what survives collections keeps rising
        MemorySeries m = series(t -> 700_000, t -> 100_000 + t * 100L + (t % 120) * 1_000L);
        assertThat(m.oldFloorGrowth()).isGreaterThan(MemorySeries.OLD_FLOOR_GROWTH_LIMIT);
        assertThat(m.flat()).isFalse();
        assertThat(m.render()).contains("**growing**");
    }

    @Test
    void aGrowingResidentSetIsNotFlat() {
        MemorySeries m = series(t -> 500_000 + t * 200L, t -> 100_000);
        assertThat(m.residentGrowth()).isGreaterThan(MemorySeries.RESIDENT_GROWTH_LIMIT);
        assertThat(m.flat()).isFalse();
    }
}
