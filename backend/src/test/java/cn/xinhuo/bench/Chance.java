package cn.xinhuo.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Repeatable randomness: a stream per topic (and, where a row must be drawn again later, per row)
 * derived from the seed alone, so the same seed always gives the same data whatever runs before.
 */
final class Chance {

    private final SplittableRandom random;

    private Chance(long state) {
        this.random = new SplittableRandom(state);
    }

    /** The stream of one topic ("volunteer", "pair" …). */
    static Chance of(long seed, String topic) {
        return new Chance(mix(seed ^ mix(topic.hashCode())));
    }

    /** The stream of one row of a topic: the same draws whenever the row is made again. */
    static Chance of(long seed, String topic, long row) {
        return new Chance(mix(mix(seed ^ mix(topic.hashCode())) + row * 0x9E3779B97F4A7C15L));
    }

    /** MurmurHash3's finalizer: neighbouring inputs give unrelated outputs. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double unit() {
        return random.nextDouble();
    }

    /** An int from {@code lo} to {@code hi}, both included. */
    int between(int lo, int hi) {
        return hi <= lo ? lo : lo + random.nextInt(hi - lo + 1);
    }

    long betweenLong(long lo, long hi) {
        return hi <= lo ? lo : lo + random.nextLong(hi - lo + 1);
    }

    int below(int n) {
        return random.nextInt(n);
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    char pick(String characters) {
        return characters.charAt(random.nextInt(characters.length()));
    }

    /** An index drawn with the given weights. */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A day from {@code from} to {@code to}, both included (from when to is earlier). */
    LocalDate day(LocalDate from, LocalDate to) {
        long a = from.toEpochDay();
        long b = to.toEpochDay();
        return LocalDate.ofEpochDay(b <= a ? a : betweenLong(a, b));
    }

    /** A spread around 1 (0.25 … 2.5, most between 0.6 and 1.6): how much bigger or smaller one place is. */
    double spread() {
        return Math.min(2.5, Math.max(0.25, Math.exp(random.nextGaussian() * 0.45)));
    }

    double gaussian() {
        return random.nextGaussian();
    }
}
