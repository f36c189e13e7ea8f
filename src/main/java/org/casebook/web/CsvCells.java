package org.casebook.web;

/** CSV downloads a reader opens in a spreadsheet. */
public final class CsvCells {
    private CsvCells() {}

    /**
     * One CSV cell, quoted; a value a spreadsheet would read as a formula (=, +, -, @, a tab or a return first) is
     * kept as text with a leading apostrophe, so a name can never run in the reader's spreadsheet.
     */
    public static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
