package org.casebook.footage;

/** A file that cannot be read as H.264 video in MP4: corrupt, truncated, unsupported, or beyond the limits. */
public final class FootageUnreadable extends Exception {
    public FootageUnreadable(String reason) {
        super(reason);
    }
}
