package org.casebook.prooflife;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Still waiting for proof of life": the published requests, longest wait first, and what they add up to. */
@Controller
class PublicLifeRequestController {
    private final PublicLifeRequests requests;

    PublicLifeRequestController(PublicLifeRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/proof-of-life")
    String page(Model model) {
        List<PublicLifeRequests.PublicLifeRequest> shown = requests.all();
        model.addAttribute("requests", shown);
        model.addAttribute("counts", PublicLifeRequests.counts(shown));
        return "prooflife/public";
    }
}
