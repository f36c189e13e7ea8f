package org.casebook.source;

import java.time.LocalDate;

/**
 * A source as the public site shows it. It has no field for anything internal or secret; a testimony published
 * anonymously shows only that it is a testimony.
 */
public record PublishedSource(
        long id,
        String kind,
        String title,
        String publisher,
        String url,
        LocalDate publishedOn,
        String language,
        String party,
        String reliability,
        boolean anonymous,
        boolean synthetic) {

    /**
     * Whether the source's own files may be named publicly: never a testimony's (a recording, a relative's photo), nor
     * an anonymous source's, not even by hash.
     */
    public boolean filesNameable() {
        return !anonymous && !"testimony".equals(kind);
    }

    /** The grade alone ("B") from the public answer's reliability ("B (usually reliable)"), as an import reads it. */
    public static String gradeOf(String reliability) {
        return reliability == null ? null : reliability.split(" ", 2)[0];
    }
}
