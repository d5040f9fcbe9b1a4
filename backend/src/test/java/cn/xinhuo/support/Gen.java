package cn.xinhuo.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A generator for property-based tests: draws a value from a seeded source of randomness, so the
 * same seed draws the same values and a failing run is reproduced by its seed. Only the few
 * combinators the tests use.
 */
@FunctionalInterface
public interface Gen<T> {

    T next(Random random);

    default <U> Gen<U> map(Function<? super T, ? extends U> f) {
        return random -> f.apply(next(random));
    }

    /** {@code count} values, drawn one after the other. */
    default List<T> take(Random random, int count) {
        List<T> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(next(random));
        }
        return values;
    }

    static <T> Gen<T> constant(T value) {
        return random -> value;
    }

    /** One of the values, each as likely. */
    static <T> Gen<T> elements(List<? extends T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values to draw from");
        }
        List<? extends T> copy = List.copyOf(values);
        return random -> copy.get(random.nextInt(copy.size()));
    }

    @SafeVarargs
    static <T> Gen<T> elements(T... values) {
        return elements(List.of(values));
    }

    /** A value of one of the generators, each as likely. */
    static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> generators) {
        Gen<? extends Gen<? extends T>> pick = elements(generators);
        return random -> pick.next(random).next(random);
    }

    /** An integer in [min, max]. */
    static Gen<Integer> between(int min, int max) {
        return random -> min + random.nextInt(max - min + 1);
    }

    /** A string of {@code length} code points, each drawn from {@code codePoints}. */
    static Gen<String> text(Gen<Integer> codePoints, int length) {
        return random -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < length; i++) {
                sb.appendCodePoint(codePoints.next(random));
            }
            return sb.toString();
        };
    }
}
