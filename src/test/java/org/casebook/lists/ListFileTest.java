package org.casebook.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lists as spreadsheets save them: encodings found from the bytes, rows read one by one, bad rows named. */
class ListFileTest {
    private static final String POLICE = "姓名,身份证号,出生日期,住址,原因\r\n"
            + "阿不都热依木·海依提,650102196401011234,1964-01-01,乌鲁木齐市天山区,\"宗教, 极端\"\r\n"
            + "努尔·卡马尔,65312119800101123X,1980-01-01,喀什市,其他\r\n";

    private static List<ListRows.Row> rows(byte[] bytes, StringBuilder charset) throws IOException {
        ListFile.Opened opened = ListFile.open(new ByteArrayInputStream(bytes));
        charset.append(opened.encoding());
        List<ListRows.Row> rows = new ArrayList<>();
        opened.rows().forEachRemaining(rows::add);
        return rows;
    }

    @Test
    void aChineseListSavedAsGb18030IsReadAsChinese() throws IOException {
        StringBuilder charset = new StringBuilder();
        List<ListRows.Row> rows = rows(POLICE.getBytes(Charset.forName("GB18030")), charset);
        assertThat(charset.toString()).isEqualTo("GB18030");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).cells())
                .containsExactly("阿不都热依木·海依提", "650102196401011234", "1964-01-01", "乌鲁木齐市天山区", "宗教, 极端");
        assertThat(rows).allSatisfy(r -> assertThat(r.problem()).isNull());
        assertThat(ListColumns.guess(rows.getFirst().cells()))
                .containsEntry(0, ListColumns.Field.name)
                .containsEntry(1, ListColumns.Field.national_id)
                .containsEntry(2, ListColumns.Field.birth_date)
                .containsEntry(3, ListColumns.Field.address)
                .containsEntry(4, ListColumns.Field.reason);
    }

    @Test
    void byteOrderMarksAndUtf8AreRecognised() throws IOException {
        String text = "Name;Gender\nGülnar Tursun;female\n";
        StringBuilder charset = new StringBuilder();
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        List<ListRows.Row> rows = rows(bom, charset);
        assertThat(charset.toString()).isEqualTo("UTF-8");
        assertThat(rows.get(0).cells()).containsExactly("Name", "Gender");
        assertThat(rows.get(1).cells()).containsExactly("Gülnar Tursun", "female");

        StringBuilder utf16 = new StringBuilder();
        byte[] little = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        assertThat(rows(little, utf16).get(1).cells()).containsExactly("Gülnar Tursun", "female");
        assertThat(utf16.toString()).isEqualTo("UTF-16LE");
    }

    @Test
    void aTurkishListSavedAsWindows1254KeepsItsLetters() throws IOException {
        String text = "Adı soyadı,Doğum yılı,Memleket\r\nAyşegül Işıkçı,1975,Kaşgar\r\nŞükrü Öğüt,1980,Hoten\r\n"
                + "Gülşen Ağaçlı,1990,Ürümçi\r\nİsmail Çağlayan,1985,Aksu\r\n";
        StringBuilder charset = new StringBuilder();
        List<ListRows.Row> rows = rows(text.getBytes(Charset.forName("windows-1254")), charset);
        assertThat(charset.toString()).isIn("windows-1254", "ISO-8859-9");
        assertThat(rows.get(1).cells()).containsExactly("Ayşegül Işıkçı", "1975", "Kaşgar");
        assertThat(ListColumns.guess(rows.getFirst().cells()))
                .containsEntry(0, ListColumns.Field.name)
                .containsEntry(1, ListColumns.Field.birth_year)
                .containsEntry(2, ListColumns.Field.hometown);
    }

    @Test
    void brokenRowsAreNamedAndReadingGoesOn() throws IOException {
        String text = "name,year\n"
                + "\"Quoted, with a comma\",1970\n"
                + "\"Two\nlines\",1971\n"
                + "too,many,cells\n"
                + "\n"
                + "short\n"
                + "nul\u0000here,1972\n"
                + "fine,1973\n"
                + "\"never closed,1974\n";
        List<ListRows.Row> rows = rows(text.getBytes(StandardCharsets.UTF_8), new StringBuilder());
        assertThat(rows)
                .extracting(ListRows.Row::problem)
                .containsExactly(
                        null,
                        null,
                        null,
                        "app.lists.error.width",
                        "app.lists.error.width",
                        "app.lists.error.nul",
                        null,
                        "app.lists.error.quote");
        assertThat(rows.get(2).cells()).containsExactly("Two\nlines", "1971");
        assertThat(rows.get(3).line()).isEqualTo(5);
        assertThat(rows.get(6).cells()).containsExactly("fine", "1973");
    }

    @Test
    void textThatTheEncodingCannotDecodeIsNamedNotReplacedSilently() throws IOException {
        // Valid UTF-8 for longer than the encoding is judged from, then a byte that UTF-8 cannot have there.
        StringBuilder text = new StringBuilder("name,year\n");
        while (text.length() < ListFile.SNIFF + 100) {
            text.append("Gülnar,1970\n");
        }
        byte[] valid = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = {'G', (byte) 0xC3, 'l', ',', '1', '9', '7', '1', '\n', 'o', 'k', ',', '1', '\n'};
        byte[] bytes = new byte[valid.length + tail.length];
        System.arraycopy(valid, 0, bytes, 0, valid.length);
        System.arraycopy(tail, 0, bytes, valid.length, tail.length);
        StringBuilder charset = new StringBuilder();
        List<ListRows.Row> rows = rows(bytes, charset);
        assertThat(charset.toString()).isEqualTo("UTF-8");
        assertThat(rows.get(rows.size() - 2).problem()).isEqualTo("app.lists.error.encoding");
        assertThat(rows.getLast().problem()).isNull();
        assertThat(rows.getLast().cells()).containsExactly("ok", "1");
    }

    @Test
    void aLargeListIsReadRowByRow() throws IOException {
        int count = 200_000;
        InputStream endless = new InputStream() {
            private final byte[] header = "name,national_id\n".getBytes(StandardCharsets.UTF_8);
            private final byte[] row = "Tursun Ahmet,650102198001011234\n".getBytes(StandardCharsets.UTF_8);
            private long at = 0;
            private final long total = header.length + (long) row.length * count;

            @Override
            public int read() {
                if (at >= total) {
                    return -1;
                }
                long i = at++;
                return i < header.length ? header[(int) i] : row[(int) ((i - header.length) % row.length)];
            }
        };
        ListFile.Opened opened = ListFile.open(endless);
        long read = 0;
        while (opened.rows().hasNext()) {
            assertThat(opened.rows().next().problem()).isNull();
            read++;
        }
        assertThat(read).isEqualTo(count + 1);
        assertThat(ListColumns.guess(List.of("Name", "National_ID", "x")))
                .isEqualTo(Map.of(0, ListColumns.Field.name, 1, ListColumns.Field.national_id));
    }
}
