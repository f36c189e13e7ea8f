package org.casebook.lists;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * A list as a spreadsheet saves it: an XLSX workbook (its first sheet), or CSV in whatever encoding the machine used
 * (UTF-8 with or without a byte-order mark, UTF-16, GB18030/GBK as Chinese spreadsheets save, Windows-1254 for
 * Turkish), its encoding found from its bytes. Read row by row, so a file of any size is read in constant memory.
 * Pure: no Spring, no database.
 */
public final class ListFile {
    /** How much of the file the encoding is judged from. */
    static final int SNIFF = 64 * 1024;

    /** The encodings a list is taken to be in; anything else ICU guesses is not trusted. */
    static final Set<String> KNOWN =
            Set.of("UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "windows-1254", "ISO-8859-9", "windows-1251", "Big5");

    private ListFile() {}

    /** A spreadsheet that cannot be read: not XLSX, damaged, or over POI's limits (a zip bomb among them). */
    public static final class Unreadable extends IOException {
        Unreadable(Throwable cause) {
            super("the spreadsheet cannot be read", cause);
        }
    }

    /** What a spreadsheet (XLSX) is called where a CSV file's encoding is named. */
    public static final String SPREADSHEET = "XLSX";

    /** An open list: the encoding it was read in (or {@link #SPREADSHEET}) and its rows, the first the header. */
    public record Opened(String encoding, ListRows rows) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            rows.close();
        }
    }

    /**
     * Opens a list, finding its encoding from a byte-order mark, else from its first 64 KB. Text that is not valid in
     * that encoding is not silently replaced: the row it is in gets a problem instead ({@link ListRows}).
     */
    public static Opened open(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, SNIFF);
        buffered.mark(SNIFF);
        byte[] head = buffered.readNBytes(SNIFF);
        buffered.reset();
        if (startsWith(head, 'P', 'K', 3, 4)) {
            return new Opened(SPREADSHEET, SheetRows.open(buffered));
        }
        Charset charset = charset(head);
        int bom = bomLength(head);
        buffered.skipNBytes(bom);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        Reader reader = new InputStreamReader(buffered, decoder);
        return new Opened(charset.name(), new CsvRows(reader));
    }

    /** The encoding of a file that starts with these bytes. */
    static Charset charset(byte[] head) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (validUtf8(head)) {
            return StandardCharsets.UTF_8;
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(head);
        for (CharsetMatch match : detector.detectAll()) {
            if (KNOWN.contains(match.getName())) {
                return Charset.forName(match.getName());
            }
        }
        // A guess is better than refusing: GB18030 decodes every byte sequence, and rows it garbles show as such.
        return Charset.forName("GB18030");
    }

    private static int bomLength(byte[] head) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        return startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF) ? 2 : 0;
    }

    /** Strictly valid UTF-8, a sequence cut at the end of the sample excepted. */
    static boolean validUtf8(byte[] head) {
        int end = head.length;
        // Do not judge a character cut by the sample's end.
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = head[end - back] & 0xFF;
            if (b >= 0xC0) {
                end -= back;
                break;
            }
            if (b < 0x80) {
                break;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Arrays.copyOf(head, end)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
