package org.casebook.estimation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the capture-history layout of the R packages for multiple systems estimation: one 0/1 column per list, named
 * after it, and a {@code count} column; patterns left out count zero, and there is no row for the all-zero pattern.
 */
public final class CaptureHistoryCsv {
    public static final int MAX_CHARACTERS = 200_000;

    private CaptureHistoryCsv() {}

    public static CaptureHistories read(String text) {
        if (text.length() > MAX_CHARACTERS) {
            throw EstimationRefused.malformed("tooLong", "max", String.valueOf(MAX_CHARACTERS));
        }
        if (text.indexOf('\0') >= 0 || text.indexOf('\uFFFD') >= 0) {
            throw EstimationRefused.malformed("notText");
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = body.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            throw EstimationRefused.malformed("empty");
        }
        List<String> header = cells(lines.get(0));
        int countColumn = -1;
        List<String> lists = new ArrayList<>();
        List<Integer> listColumns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).toLowerCase(Locale.ROOT).equals("count")) {
                if (countColumn >= 0) {
                    throw EstimationRefused.malformed("countTwice");
                }
                countColumn = c;
            } else {
                lists.add(header.get(c));
                listColumns.add(c);
            }
        }
        if (countColumn < 0) {
            throw EstimationRefused.malformed("noCount");
        }
        if (lists.size() < CaptureHistories.MIN_LISTS || lists.size() > CaptureHistories.MAX_LISTS) {
            throw EstimationRefused.malformed("listColumns", "count", String.valueOf(lists.size()));
        }
        long[] counts = new long[1 << lists.size()];
        boolean[] seen = new boolean[counts.length];
        for (int line = 1; line < lines.size(); line++) {
            List<String> row = cells(lines.get(line));
            String where = String.valueOf(line + 1);
            if (row.size() != header.size()) {
                throw EstimationRefused.malformed(
                        "ragged",
                        "row",
                        where,
                        "cells",
                        String.valueOf(row.size()),
                        "header",
                        String.valueOf(header.size()));
            }
            int pattern = 0;
            for (int i = 0; i < listColumns.size(); i++) {
                String cell = row.get(listColumns.get(i));
                if (!cell.equals("0") && !cell.equals("1")) {
                    throw EstimationRefused.malformed("zeroOrOne", "row", where, "list", lists.get(i));
                }
                pattern |= (cell.equals("1") ? 1 : 0) << i;
            }
            if (pattern == 0) {
                throw EstimationRefused.malformed("onNoList", "row", where);
            }
            if (seen[pattern]) {
                throw EstimationRefused.malformed("repeated", "row", where);
            }
            seen[pattern] = true;
            counts[pattern] = count(row.get(countColumn), where);
        }
        return new CaptureHistories(lists, counts);
    }

    private static long count(String cell, String where) {
        if (!cell.matches("-?[0-9]{1,12}")) {
            throw EstimationRefused.malformed("notWhole", "row", where, "cell", shown(cell));
        }
        long count = Long.parseLong(cell);
        if (count < 0) {
            throw EstimationRefused.malformed("negative", "row", where);
        }
        if (count > CaptureHistories.MAX_COUNT) {
            throw EstimationRefused.malformed(
                    "tooLarge", "row", where, "max", String.valueOf(CaptureHistories.MAX_COUNT));
        }
        return count;
    }

    private static String shown(String cell) {
        return cell.length() > 20 ? cell.substring(0, 20) + "…" : cell;
    }

    /** Comma-separated cells, optionally in double quotes (a quote inside doubled), trimmed. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == 0x22 && i + 1 < line.length() && line.charAt(i + 1) == 0x22) {
                    cell.append(c);
                    i++;
                } else if (c == 0x22) {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == 0x22) {
                quoted = true;
            } else if (c == ',' || c == ';' || c == '\t') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw EstimationRefused.malformed("unclosed", "line", shown(line));
        }
        cells.add(cell.toString().strip());
        return Arrays.asList(cells.toArray(String[]::new));
    }
}
