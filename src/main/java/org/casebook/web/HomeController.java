package org.casebook.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {
    /** Until the public site exists, the start page is the documenters' person list. */
    @GetMapping({"/", "/app", "/app/"})
    String home() {
        return "redirect:/app/persons";
    }
}
