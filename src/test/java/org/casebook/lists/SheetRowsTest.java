package org.casebook.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Spreadsheets (XLSX) read row by row: scripts, dates, gaps, long cells, and zip bombs refused. */
class SheetRowsTest {
    @Test
    void aSpreadsheetReadsAsRowsWithDatesAndGaps() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("名单");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("姓名");
            header.createCell(1).setCellValue("出生日期");
            header.createCell(2).setCellValue("身份证号");
            header.createCell(3).setCellValue("原因");
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("阿卜杜热依木·黑依提");
            first.createCell(1).setCellValue(LocalDate.of(1963, 1, 1));
            first.getCell(1).setCellStyle(date);
            first.createCell(2).setCellValue("650102198001011234");
            // The fourth cell is left out, as spreadsheets leave out empty cells.
            Row gap = sheet.createRow(3);
            gap.createCell(0).setCellValue("ئابدۇرېھىم ھېيىت");
            gap.createCell(1).setCellValue(1963);
            gap.createCell(3).setCellValue("x".repeat(ListRows.MAX_CELL + 5));
            Row wide = sheet.createRow(4);
            wide.createCell(0).setCellValue("Too Wide");
            wide.createCell(6).setCellValue("extra");
            book.write(out);
            xlsx = out.toByteArray();
        }
        List<ListRows.Row> rows = new ArrayList<>();
        try (ListFile.Opened opened = ListFile.open(new ByteArrayInputStream(xlsx))) {
            assertThat(opened.encoding()).isEqualTo(ListFile.SPREADSHEET);
            opened.rows().forEachRemaining(rows::add);
        }
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).cells()).containsExactly("姓名", "出生日期", "身份证号", "原因");
        assertThat(rows.get(1).cells()).containsExactly("阿卜杜热依木·黑依提", "1963-01-01", "650102198001011234", "");
        assertThat(rows.get(1).problem()).isNull();
        assertThat(rows.get(2).line()).isEqualTo(4);
        assertThat(rows.get(2).cells().subList(0, 2)).containsExactly("ئابدۇرېھىم ھېيىت", "1963");
        assertThat(rows.get(2).problem()).isEqualTo("app.lists.error.cellTooLong");
        assertThat(rows.get(3).problem()).isEqualTo("app.lists.error.width");
    }

    @Test
    void aZipBombAndAFileThatIsNoSpreadsheetAreRefused() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                            + "content-types\"></Types>")
                    .getBytes());
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                zip.write(spaces);
            }
        }
        assertThat(bomb.size()).isLessThan(200_000);
        assertThatThrownBy(() -> ListFile.open(new ByteArrayInputStream(bomb.toByteArray())))
                .isInstanceOf(ListFile.Unreadable.class)
                .hasStackTraceContaining("Zip bomb");
        byte[] notASheet = "PK\u0003\u0004 this is no zip".getBytes();
        assertThatThrownBy(() -> ListFile.open(new ByteArrayInputStream(notASheet)))
                .isInstanceOf(ListFile.Unreadable.class);
    }
}
