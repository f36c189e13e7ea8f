package org.casebook.access;

import java.util.function.Supplier;
import org.casebook.records.Publication;
import org.springframework.security.access.AccessDeniedException;

/**
 * The role rules the services apply to every caller, page or API alike: contributors create drafts and work on
 * them; changing anything past a draft, retracting and publishing are editors' work.
 */
public final class Permissions {
    private Permissions() {}

    public static void require(Role role) {
        if (!CurrentUser.has(role)) {
            throw new AccessDeniedException("needs the " + role + " role");
        }
    }

    /**
     * A contributor changes only their own drafts ({@code author} says who created the record); an editor changes
     * any record.
     */
    public static void requireToChange(Publication state, Supplier<String> author) {
        require(state == Publication.draft ? Role.contributor : Role.editor);
        if (!CurrentUser.has(Role.editor) && !CurrentUser.name().equals(author.get())) {
            throw new AccessDeniedException("a contributor changes only their own drafts");
        }
    }

    /** What a new record starts as: a contributor's work is a draft until an editor takes it further. */
    public static Publication initialPublication() {
        return CurrentUser.has(Role.editor) ? Publication.internal : Publication.draft;
    }
}
