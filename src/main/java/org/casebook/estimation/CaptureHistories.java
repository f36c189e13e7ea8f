package org.casebook.estimation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * How many people appear on each combination of K lists. {@code counts[pattern]} counts the people whose capture
 * history is {@code pattern}, where bit {@code i} is set when list {@code i} holds them; {@code counts[0]}, the people on
 * no list, is what estimation is for and is always zero here.
 */
public final class CaptureHistories {
    public static final int MIN_LISTS = 2;
    public static final int MAX_LISTS = 6;
    /** Far above any register; it keeps the whole table within what a resample can draw at once. */
    public static final long MAX_COUNT = 10_000_000L;

    private final List<String> lists;
    private final long[] counts;

    public CaptureHistories(List<String> lists, long[] counts) {
        if (lists.size() < MIN_LISTS || lists.size() > MAX_LISTS) {
            throw EstimationRefused.malformed("listCount", "count", String.valueOf(lists.size()));
        }
        if (new HashSet<>(lists).size() != lists.size() || lists.stream().anyMatch(String::isBlank)) {
            throw EstimationRefused.malformed("listNames");
        }
        if (counts.length != 1 << lists.size() || counts[0] != 0) {
            throw EstimationRefused.malformed("patterns");
        }
        for (long count : counts) {
            if (count < 0 || count > MAX_COUNT) {
                throw EstimationRefused.malformed("counts", "max", String.valueOf(MAX_COUNT));
            }
        }
        this.lists = List.copyOf(lists);
        this.counts = counts.clone();
    }

    public List<String> lists() {
        return lists;
    }

    public int size() {
        return lists.size();
    }

    public long count(int pattern) {
        return counts[pattern];
    }

    public long[] counts() {
        return counts.clone();
    }

    public long observed() {
        return Arrays.stream(counts).sum();
    }

    /** People found on both lists {@code a} and {@code b}. */
    public long overlap(int a, int b) {
        int both = (1 << a) | (1 << b);
        long sum = 0;
        for (int pattern = 1; pattern < counts.length; pattern++) {
            if ((pattern & both) == both) {
                sum += counts[pattern];
            }
        }
        return sum;
    }

    /** People on list {@code list}, whatever other lists hold them. */
    public long onList(int list) {
        long sum = 0;
        for (int pattern = 1; pattern < counts.length; pattern++) {
            if ((pattern & (1 << list)) != 0) {
                sum += counts[pattern];
            }
        }
        return sum;
    }

    public CaptureHistories withCounts(long[] other) {
        return new CaptureHistories(lists, other);
    }

    /** The pattern written as list names, for people to read: {@code "LA+NG"}. */
    public String patternName(int pattern) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < lists.size(); i++) {
            if ((pattern & (1 << i)) != 0) {
                name.append(name.isEmpty() ? "" : "+").append(lists.get(i));
            }
        }
        return name.toString();
    }
}
