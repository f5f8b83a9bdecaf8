package org.polycentric.model;

import java.util.Arrays;

/** A growable list of ints without boxing, kept in insertion order. */
public final class IntList {
    private int[] values;
    private int size;

    public IntList() {
        this(8);
    }

    public IntList(int capacity) {
        values = new int[Math.max(1, capacity)];
    }

    public void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    public int get(int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return values[i];
    }

    public void clear() {
        size = 0;
    }

    public int size() {
        return size;
    }

    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
