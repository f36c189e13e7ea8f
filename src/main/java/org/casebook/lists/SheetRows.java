package org.casebook.lists;

import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The rows of a spreadsheet's first sheet (XLSX), pulled from its XML one row at a time, so a large sheet reads in
 * constant memory apart from its table of shared strings. POI's limits stand before it: a zip bomb (a part that
 * inflates more than 100 times), a part over 1 GiB or text over 100 MB is refused before any row is read. Dates are
 * kept as dates (ISO), numbers as the spreadsheet shows them; cells a row leaves out are empty.
 */
final class SheetRows extends ListRows {
    /** Zip entries larger than this go to temporary files, which POI encrypts: a list is personal data. */
    private static final int IN_MEMORY = 16 << 20;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(1L << 30);
        ZipSecureFile.setMaxTextSize(100_000_000L);
        ZipInputStreamZipEntrySource.setThresholdBytesForTempFiles(IN_MEMORY);
        ZipInputStreamZipEntrySource.setEncryptTempFiles(true);
    }

    private final OPCPackage spreadsheet;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final SharedStrings strings;
    private final StylesTable styles;
    private int width = -1;
    private int line;

    private SheetRows(OPCPackage spreadsheet, XSSFReader reader) throws IOException, OpenXML4JException {
        this.spreadsheet = spreadsheet;
        this.strings = reader.getSharedStringsTable();
        this.styles = reader.getStylesTable();
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new IOException("the spreadsheet has no sheet");
        }
        this.sheet = sheets.next();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            this.xml = factory.createXMLStreamReader(sheet);
        } catch (XMLStreamException e) {
            throw new ListFile.Unreadable(e);
        }
        start();
    }

    static SheetRows open(InputStream in) throws IOException {
        OPCPackage spreadsheet = null;
        try {
            spreadsheet = OPCPackage.open(in);
            return new SheetRows(spreadsheet, new XSSFReader(spreadsheet));
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            if (spreadsheet != null) {
                spreadsheet.revert();
            }
            throw e instanceof ListFile.Unreadable u ? u : new ListFile.Unreadable(e);
        }
    }

    /** The next row with any cell, or null at the end of the sheet (or where a damaged sheet stops making sense). */
    @Override
    Row read() {
        try {
            return readRow();
        } catch (XMLStreamException | RuntimeException e) {
            return null;
        }
    }

    private Row readRow() throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT
                    && xml.getLocalName().equals("row")) {
                String number = xml.getAttributeValue(null, "r");
                List<String> cells = cells();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                // Rows are numbered as the spreadsheet numbers them; a row without its number follows the last.
                line = number == null ? line + 1 : Math.max(line + 1, Integer.parseInt(number));
                String problem = ListRows.problem(cells);
                if (width < 0) {
                    width = cells.size();
                } else if (cells.size() < width) {
                    cells.addAll(Collections.nCopies(width - cells.size(), ""));
                } else if (problem == null && cells.size() > width) {
                    problem = "app.lists.error.width";
                }
                return new Row(
                        line, cells.size() > MAX_CELLS ? List.copyOf(cells.subList(0, MAX_CELLS)) : cells, problem);
            }
        }
        return null;
    }

    /** The cells of the row the reader is at, by column (B5 is the second), up to its end tag. */
    private List<String> cells() throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                return cells;
            }
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                int column = column(xml.getAttributeValue(null, "r"), cells.size());
                String type = xml.getAttributeValue(null, "t");
                String style = xml.getAttributeValue(null, "s");
                String value = cell(type, style);
                if (column > MAX_CELLS) {
                    cells.add(value);
                    continue;
                }
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(value);
            }
        }
        return cells;
    }

    /** A cell's text, read up to its end tag. */
    private String cell(String type, String style) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
                break;
            }
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (text.length() <= MAX_CELL) {
                    text.append(xml.getText());
                }
            }
        }
        String raw = text.toString();
        if ("s".equals(type)) {
            try {
                return strings.getItemAt(Integer.parseInt(raw.strip())).getString();
            } catch (RuntimeException e) {
                return "\uFFFD";
            }
        }
        if (type == null || "n".equals(type)) {
            return number(raw, style);
        }
        return raw;
    }

    /** A number as the sheet shows it: a date when its format is a date's, else its digits. */
    private String number(String raw, String style) {
        if (raw.isBlank() || style == null || styles == null) {
            return raw;
        }
        try {
            XSSFCellStyle format = styles.getStyleAt(Integer.parseInt(style));
            double value = Double.parseDouble(raw);
            if (format != null && DateUtil.isADateFormat(format.getDataFormat(), format.getDataFormatString())) {
                return DateUtil.getLocalDateTime(value).format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : raw;
        } catch (RuntimeException e) {
            return raw;
        }
    }

    /** The column index of a cell reference (A1 is 0, AB7 is 27); a cell without one follows the one before. */
    static int column(String reference, int next) {
        if (reference == null) {
            return next;
        }
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            if (column > MAX_CELLS + 1) {
                return MAX_CELLS + 1;
            }
        }
        return column == 0 ? next : column - 1;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // The stream under it is closed next.
        }
        sheet.close();
        spreadsheet.revert();
    }
}
