package org.casebook.report;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.casebook.records.InvalidInput;
import org.casebook.web.FormData;
import org.casebook.web.FormErrors;
import org.casebook.web.Forms;
import org.casebook.web.Texts;
import org.casebook.web.Throttle;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public side of reports: the form, the receipt, and following a report by its code. Receipt codes travel only
 * in form bodies, never in addresses, so they stay out of browser history and server logs.
 */
@Controller
class ReportPageController {
    private final ReportService reports;
    private final SubmissionGuard guard;
    private final Throttle throttle;
    private final ReportLifeRequests lifeRequests;

    ReportPageController(
            ReportService reports, SubmissionGuard guard, Throttle throttle, ReportLifeRequests lifeRequests) {
        this.reports = reports;
        this.guard = guard;
        this.throttle = throttle;
        this.lifeRequests = lifeRequests;
    }

    @GetMapping("/report")
    String form(Model model) {
        model.addAttribute(
                "form",
                new ReportForm(guard.challenge(), SubmissionGuard.DIFFICULTY, ReportForm.EMPTY, null, FormErrors.NONE));
        return "report/form";
    }

    /** Plain form or multipart (with photos or documents); the files are read only once everything else passed. */
    @PostMapping("/report")
    String submit(
            @RequestParam MultiValueMap<String, String> fields,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        FormData form = new FormData(fields);
        List<String> names = List.of(text(form, "name1"), text(form, "name2"), text(form, "name3"));
        ReportSubmission submission = new ReportSubmission(
                names,
                form.text("relation"),
                form.text("lastContactOn"),
                form.text("lastPlace"),
                form.text("account"),
                form.text("reporterName"),
                form.text("contact"),
                form.text("consent"),
                new ReportDetails(
                        form.text("birthYearOrAge"),
                        form.text("gender"),
                        form.text("hometown"),
                        form.text("occupation"),
                        form.text("takenPlace"),
                        form.text("heldPlace"),
                        form.checked("asksProofOfLife"),
                        form.checked("proofOfLifeConsent")));
        List<MultipartFile> sent = files == null
                ? List.of()
                : files.stream().filter(f -> !f.isEmpty()).toList();
        SubmissionGuard.Verdict verdict = guard.check(
                form.text("challenge"), form.text("nonce"), fields.getFirst("website"), request.getRemoteAddr());
        if (!verdict.accepted()) {
            response.setStatus(429);
            return again(model, submission, Texts.t(verdict.messageKey()), FormErrors.NONE);
        }
        return Forms.submit(
                response,
                () -> {
                    String code = reports.submit(submission, sent);
                    model.addAttribute("code", ReportService.formatted(code));
                    return "report/receipt";
                },
                e -> again(
                        model,
                        submission,
                        Texts.t(sent.isEmpty() ? "report.error.check" : "report.error.checkFiles"),
                        FormErrors.translated(e)));
    }

    @GetMapping("/report/status")
    String statusForm(Model model) {
        model.addAttribute("state", null);
        model.addAttribute("code", "");
        model.addAttribute("message", null);
        return "report/status";
    }

    @PostMapping("/report/status")
    String status(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String addition,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("code", code == null ? "" : code.strip());
        model.addAttribute("state", null);
        model.addAttribute("message", null);
        // Codes have 80 bits; the limit makes guessing pointless and keeps the lookups cheap.
        if (!throttle.allow("report-status", request.getRemoteAddr(), 30, Duration.ofHours(1))) {
            response.setStatus(429);
            model.addAttribute("message", Texts.t("status.tooMany"));
            return "report/status";
        }
        if (addition != null && !addition.isBlank()) {
            try {
                if (reports.addInformation(code, addition)) {
                    model.addAttribute("message", Texts.t("status.added"));
                }
            } catch (InvalidInput e) {
                response.setStatus(400);
                model.addAttribute("message", e.getMessage());
            }
        }
        Optional<ReportState> state = reports.stateFor(code);
        if (state.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("message", Texts.t("status.noSuchCode"));
            return "report/status";
        }
        model.addAttribute("state", Texts.label(state.get()));
        model.addAttribute("lifeRequest", lifeRequests.forCode(code).orElse(null));
        model.addAttribute("stateCode", state.get().name());
        return "report/status";
    }

    private String again(Model model, ReportSubmission s, String message, FormErrors errors) {
        model.addAttribute("form", new ReportForm(guard.challenge(), SubmissionGuard.DIFFICULTY, s, message, errors));
        return "report/form";
    }

    private static String text(FormData form, String field) {
        String value = form.text(field);
        return value == null ? "" : value;
    }
}
