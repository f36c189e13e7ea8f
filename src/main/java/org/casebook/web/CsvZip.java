package org.casebook.web;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A zip of UTF-8 CSV files written as it streams out, every cell formula-safe ({@link CsvCells}). */
public final class CsvZip implements Closeable {
    private final ZipOutputStream zip;
    private final Writer text;

    public CsvZip(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
    }

    /** A whole file at once (a README, a schema). */
    public void file(String name, String content) throws IOException {
        text.flush();
        zip.putNextEntry(new ZipEntry(name));
        text.write(content);
        text.flush();
    }

    /** Starts a CSV file with its header row; {@link #row} adds to it. */
    public void csv(String name, List<String> header) throws IOException {
        text.flush();
        zip.putNextEntry(new ZipEntry(name));
        text.write(String.join(",", header));
        text.write("\r\n");
    }

    /** One row; a null cell is empty. */
    public void row(String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.write(',');
            }
            text.write(CsvCells.cell(cells[i] == null ? "" : cells[i]));
        }
        text.write("\r\n");
    }

    @Override
    public void close() throws IOException {
        text.flush();
        zip.close();
    }
}
