package org.casebook.web;

import org.casebook.access.CurrentUser;
import org.casebook.access.Role;

/**
 * Who is looking at a page, as flags the templates read ({@code viewer.editor()}): templates make no security
 * calls of their own. Every page model carries one (ViewerModel); the services check permissions again.
 */
public record Viewer(String name, boolean editor, boolean admin) {
    public static Viewer current() {
        return new Viewer(CurrentUser.name(), CurrentUser.has(Role.editor), CurrentUser.has(Role.admin));
    }
}
