package org.casebook.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {
    /** The documenters' start page is the person list; the public start page is the public site's. */
    @GetMapping({"/app", "/app/"})
    String home() {
        return "redirect:/app/persons";
    }
}
