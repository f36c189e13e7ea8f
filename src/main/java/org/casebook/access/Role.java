package org.casebook.access;

import java.util.Locale;

/**
 * What an account may do; each role includes the ones below it (see SecurityConfig's hierarchy). Editors and
 * admins see secrets, so they must sign in with a second factor.
 */
public enum Role {
    viewer,
    contributor,
    editor,
    admin;

    public String authority() {
        return "ROLE_" + name().toUpperCase(Locale.ROOT);
    }

    public boolean needsSecondFactor() {
        return this == editor || this == admin;
    }

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }
}
