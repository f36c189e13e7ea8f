package org.casebook.evidence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An upload that counts what passes and stops, with nothing kept, once it passes the limit. */
final class LimitedUpload extends FilterInputStream {
    /** Thrown from inside the stream, so that the store can tell "too large" from other failures of reading. */
    static final class TooLarge extends IOException {}

    private final long limit;
    private long count;

    LimitedUpload(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    private void add(int n) throws IOException {
        count += n;
        if (count > limit) {
            throw new TooLarge();
        }
    }
}
