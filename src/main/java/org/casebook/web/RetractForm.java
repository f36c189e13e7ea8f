package org.casebook.web;

import org.casebook.records.Retraction;
import org.springframework.ui.Model;

/** The one retraction form every kind of record uses (retract.jte). */
public final class RetractForm {
    private RetractForm() {}

    /** The retraction the form was sent with: the version retracted and the reason; unreadable fields refused. */
    public static Retraction retraction(FormData form) {
        Integer version = form.integer("version");
        form.throwIfUnreadable();
        return new Retraction(version, form.text("reason"));
    }

    public static String show(
            Model model, String what, String action, String back, int version, String reason, FormErrors errors) {
        model.addAttribute("what", what);
        model.addAttribute("action", action);
        model.addAttribute("back", back);
        model.addAttribute("version", version);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "retract";
    }
}
