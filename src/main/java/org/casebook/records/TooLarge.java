package org.casebook.records;

/** An input over its size limit; nothing of it was stored. Answered with 413. */
public class TooLarge extends RuntimeException {
    public TooLarge(String message) {
        super(message);
    }
}
