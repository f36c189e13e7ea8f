package org.casebook.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The rows of a list, one at a time, whatever file it came in (CSV in {@link CsvRows}, a spreadsheet's first sheet in
 * {@link SheetRows}). A row that cannot be taken as it is carries its problem, and reading goes on with the next.
 */
public abstract sealed class ListRows implements Iterator<ListRows.Row>, AutoCloseable permits CsvRows, SheetRows {
    /** Longer cells are cut and their row refused: no list has names or addresses this long. */
    public static final int MAX_CELL = 10_000;
    /** More cells than this in a row and it is refused. */
    public static final int MAX_CELLS = 500;

    /**
     * @param line    the line the row starts on (the header is line 1)
     * @param problem why the row cannot be taken as it is (a message key of {@code app.lists.error.*}), or null
     */
    public record Row(int line, List<String> cells, String problem) {}

    private Row next;

    /** Reads the first row: a reader calls it once it is ready to read. */
    final void start() throws IOException {
        next = read();
    }

    /** The next row, or null at the end of the list. */
    abstract Row read() throws IOException;

    @Override
    public final boolean hasNext() {
        return next != null;
    }

    @Override
    public final Row next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        Row row = next;
        try {
            next = read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return row;
    }

    @Override
    public abstract void close() throws IOException;

    /** What is wrong with a row's cells whatever the file, or null. */
    static String problem(List<String> cells) {
        if (cells.size() > MAX_CELLS) {
            return "app.lists.error.tooManyCells";
        }
        for (String cell : cells) {
            if (cell.length() > MAX_CELL) {
                return "app.lists.error.cellTooLong";
            }
            if (cell.indexOf('\0') >= 0) {
                return "app.lists.error.nul";
            }
            if (cell.indexOf('\uFFFD') >= 0) {
                return "app.lists.error.encoding";
            }
        }
        return null;
    }
}
