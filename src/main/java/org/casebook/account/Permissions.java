package org.casebook.account;

import org.casebook.records.Publication;
import org.springframework.security.access.AccessDeniedException;

/**
 * The role rules the services apply to every caller, page or API alike: contributors create drafts and work on
 * them; changing anything past a draft, retracting and publishing are editors' work.
 */
public final class Permissions {
    private Permissions() {
    }

    public static void require(Role role) {
        if (!CurrentUser.has(role)) {
            throw new AccessDeniedException("needs the " + role + " role");
        }
    }

    public static void requireToChange(Publication state) {
        require(state == Publication.draft ? Role.contributor : Role.editor);
    }

    /** What a new record starts as: a contributor's work is a draft until an editor takes it further. */
    public static Publication initialPublication() {
        return CurrentUser.has(Role.editor) ? Publication.internal : Publication.draft;
    }
}
