package org.casebook.records;

import java.util.List;
import java.util.function.Function;

public record PageOf<T>(List<T> items, int page, int size, long total) {
    public static final int MAX_SIZE = 100;

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(items.stream().map(mapper).toList(), page, size, total);
    }

    public static int offset(int page, int size) {
        return Math.multiplyExact(page, size);
    }

    public static void check(int page, int size) {
        if (page < 0) {
            throw new InvalidInput("page", "must be 0 or more", "error.min", "value", 0);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInput(
                    "size", "must be between 1 and " + MAX_SIZE, "error.range", "min", 1, "max", MAX_SIZE);
        }
    }
}
