package org.casebook.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the {@link Viewer} into the model of every page, for the layout's navigation and the pages' flags. */
@ControllerAdvice(annotations = Controller.class)
class ViewerModel {
    @ModelAttribute("viewer")
    Viewer viewer() {
        return Viewer.current();
    }
}
