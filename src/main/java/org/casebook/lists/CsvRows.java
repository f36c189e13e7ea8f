package org.casebook.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a CSV list, one at a time (RFC 4180: quoted cells may hold separators, quotes written twice and line
 * breaks). The separator is the comma, the semicolon or the tab, whichever the header row uses most. A row that
 * cannot be read as the header says (a quote never closed, more or fewer cells than the header, a NUL, text the
 * encoding could not decode, a cell too long) carries its problem, and reading goes on with the next row.
 */
final class CsvRows extends ListRows {
    private final BufferedReader reader;
    private final char separator;
    private int line = 1;
    private int width = -1;

    CsvRows(Reader source) throws IOException {
        this.reader = new BufferedReader(source, 1 << 16);
        this.separator = separator(reader);
        start();
    }

    private static char separator(BufferedReader reader) throws IOException {
        reader.mark(1 << 16);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        for (int i = 0, c; i < (1 << 16) - 1 && (c = reader.read()) != -1 && c != '\n'; i++) {
            switch (c) {
                case ',' -> commas++;
                case ';' -> semicolons++;
                case '\t' -> tabs++;
                default -> {}
            }
        }
        reader.reset();
        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    /** The next row that is not an empty line. */
    @Override
    Row read() throws IOException {
        Row row = readRow();
        while (row != null
                && row.problem() == null
                && row.cells().size() == 1
                && row.cells().getFirst().isBlank()) {
            row = readRow();
        }
        return row;
    }

    private Row readRow() throws IOException {
        int start = line;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        String problem = null;
        int c;
        while (true) {
            c = reader.read();
            if (c == -1) {
                if (!any && cells.isEmpty()) {
                    return null;
                }
                if (quoted) {
                    problem = "app.lists.error.quote";
                }
                break;
            }
            any = true;
            if (quoted) {
                if (c == '"') {
                    reader.mark(1);
                    int after = reader.read();
                    if (after == '"') {
                        append(cell, '"');
                        continue;
                    }
                    quoted = false;
                    if (after != -1) {
                        reader.reset();
                    }
                    continue;
                }
                if (c == '\n') {
                    line++;
                }
                append(cell, (char) c);
                continue;
            }
            if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                line++;
                break;
            } else if (c != '\r') {
                append(cell, (char) c);
            }
        }
        cells.add(cell.toString());
        if (problem == null) {
            problem = ListRows.problem(cells);
        }
        if (width < 0) {
            width = cells.size();
        } else if (problem == null
                && cells.size() != width
                && !(cells.size() == 1 && cells.getFirst().isBlank())) {
            // A row of another width than the header's: its cells cannot be told apart.
            problem = "app.lists.error.width";
        }
        return new Row(start, cells.size() > MAX_CELLS ? List.copyOf(cells.subList(0, MAX_CELLS)) : cells, problem);
    }

    private static void append(StringBuilder cell, char c) {
        if (cell.length() <= MAX_CELL) {
            cell.append(c);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
