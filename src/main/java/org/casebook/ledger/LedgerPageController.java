package org.casebook.ledger;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The ledger's state and the verification run with its progress (an admin page once accounts exist). */
@Controller
class LedgerPageController {
    private final Ledger ledger;
    private final LedgerKeys keys;
    private final Verification verification;

    LedgerPageController(Ledger ledger, LedgerKeys keys, Verification verification) {
        this.ledger = ledger;
        this.keys = keys;
        this.verification = verification;
    }

    @GetMapping("/app/ledger")
    String page(Model model) {
        model.addAttribute("head", ledger.latestTreeHead().orElse(null));
        model.addAttribute("keyFingerprint", keys.fingerprint());
        model.addAttribute("progress", verification.progress());
        model.addAttribute("report", verification.lastReport());
        return "ledger/ledger";
    }

    @PostMapping("/app/ledger/verify")
    String verify() {
        verification.start();
        return "redirect:/app/ledger";
    }
}
