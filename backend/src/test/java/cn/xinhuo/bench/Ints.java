package cn.xinhuo.bench;

import java.util.Arrays;

/** A growing column of ints: one field of rows the generator keeps until it writes them. */
final class Ints {

    private int[] values = new int[256];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int i) {
        return values[i];
    }

    int size() {
        return size;
    }
}
