package org.casebook.statistics;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casebook.access.CurrentUser;
import org.casebook.estimation.Criterion;
import org.casebook.estimation.EstimationRefused;
import org.casebook.estimation.Estimator;
import org.casebook.records.InvalidInput;
import org.casebook.records.RecordNotFound;
import org.casebook.web.FormErrors;
import org.casebook.web.Forms;
import org.casebook.web.Language;
import org.casebook.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analyst's page: choose the lists (or paste a table), see the table of patterns, the candidate models with their
 * criterion and the estimate with its assumptions, and save it as a record that can be cited.
 */
@Controller
class EstimatePageController {
    static final int LIST_FIELDS = 6;

    private final EstimateService estimates;
    private final SavedEstimates saved;
    private final JsonMapper json = JsonMapper.builder().build();

    EstimatePageController(EstimateService estimates, SavedEstimates saved) {
        this.estimates = estimates;
        this.saved = saved;
    }

    @GetMapping("/app/estimates")
    String page(Model model) {
        return show(model, EstimateForm.empty(), FormErrors.NONE, null);
    }

    @PostMapping("/app/estimates")
    String estimate(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String table,
            @RequestParam(name = "list", required = false) List<String> lists,
            @RequestParam(defaultValue = "BIC") String criterion,
            @RequestParam(defaultValue = "1000") String bootstrap,
            @RequestParam(defaultValue = "") String save,
            Model model,
            HttpServletResponse response) {
        List<String> given = new ArrayList<>(lists == null ? List.of() : lists);
        while (given.size() < LIST_FIELDS) {
            given.add("");
        }
        EstimateForm form = new EstimateForm(title, table, given.subList(0, LIST_FIELDS), criterion, bootstrap);
        return Forms.submit(
                response,
                () -> {
                    EstimateService.Answer answer;
                    try {
                        answer = estimates.estimate(request(form, !save.isEmpty()), CurrentUser.name());
                    } catch (EstimationRefused e) {
                        throw new InvalidInput(form.table().isBlank() ? "list" : "table", EstimateJson.shown(e));
                    } catch (EstimateService.Busy e) {
                        throw new InvalidInput(
                                "table", Texts.appTextIn(Language.en, "app.estimates.busy"), "app.estimates.busy");
                    }
                    if (answer.saved() != null) {
                        return "redirect:/app/estimates/" + answer.saved().id();
                    }
                    return show(model, form, FormErrors.NONE, answer);
                },
                problems -> show(model, form, FormErrors.of(problems), null));
    }

    @GetMapping("/app/estimates/{id}")
    String saved(@PathVariable long id, Model model) {
        SavedEstimates.Saved record = saved.find(id).orElseThrow(() -> new RecordNotFound("saved estimate", id));
        model.addAttribute("record", record);
        model.addAttribute("inputs", json.readValue(record.inputs(), Map.class));
        model.addAttribute("result", json.readValue(record.result(), Map.class));
        return "statistics/saved-estimate";
    }

    private String show(Model model, EstimateForm form, FormErrors errors, EstimateService.Answer answer) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("answer", answer);
        model.addAttribute("recent", saved.recent(20));
        return "statistics/estimates";
    }

    private static EstimateService.Request request(EstimateForm form, boolean save) {
        Criterion criterion = "AIC".equals(form.criterion()) ? Criterion.AIC : Criterion.BIC;
        if (!form.bootstrap().strip().matches("[0-9]{1,5}")
                || Integer.parseInt(form.bootstrap().strip()) > EstimateApiController.MAX_API_REPLICATES) {
            throw new InvalidInput(
                    "bootstrap",
                    Texts.appText(
                            "app.estimates.refused.replicates",
                            "max",
                            String.valueOf(EstimateApiController.MAX_API_REPLICATES)));
        }
        int replicates = Integer.parseInt(form.bootstrap().strip());
        try {
            List<ListDefinition> lists = form.lists().stream()
                    .filter(l -> !l.isBlank())
                    .map(ListDefinition::parse)
                    .toList();
            Estimator.Options standard = Estimator.Options.standard();
            Estimator.Options options =
                    new Estimator.Options(criterion, replicates, standard.bootstrapModels(), standard.seed(), null);
            boolean table = !form.table().isBlank();
            return new EstimateService.Request(
                    table ? form.table() : null,
                    table ? null : lists,
                    options,
                    save ? (form.title().isBlank() ? "Untitled estimate" : form.title()) : null);
        } catch (EstimationRefused e) {
            throw new InvalidInput(form.table().isBlank() ? "list" : "table", EstimateJson.shown(e));
        }
    }
}
