package org.casebook.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Function;
import java.util.function.Supplier;
import org.casebook.records.InvalidInput;

/** The one way a page form is submitted: do it, or answer 400 and show the form again with what was wrong. */
public final class Forms {
    private Forms() {}

    /**
     * @param action    what the form does; returns the view to show next (usually a redirect)
     * @param showAgain the form again, given the problems, with what was entered
     */
    public static String submit(
            HttpServletResponse response, Supplier<String> action, Function<InvalidInput, String> showAgain) {
        try {
            return action.get();
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showAgain.apply(e);
        }
    }

    /** A change that cannot be undone is made only with the form's "I am sure" box ticked (tag/confirm.jte). */
    public static void requireConfirmation(String confirm) {
        if (!"yes".equals(confirm)) {
            throw new InvalidInput(
                    "confirm", "tick the box beside the button to confirm; nothing was changed", "app.error.confirm");
        }
    }
}
