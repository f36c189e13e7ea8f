package org.casebook.statistics;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.casebook.records.RecordNotFound;
import org.casebook.web.CsvCells;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The statistics page, public (published records) and internal (every record), and each figure as CSV. */
@Controller
class StatisticsController {
    private final StatisticsFigures figures;

    StatisticsController(StatisticsFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/statistics")
    String publicPage(Model model) {
        model.addAttribute("page", new StatisticsPage(figures.figures(true), false));
        return "statistics/statistics";
    }

    @GetMapping("/app/statistics")
    String internalPage(Model model) {
        model.addAttribute("page", new StatisticsPage(figures.figures(false), true));
        return "statistics/statistics";
    }

    @GetMapping("/statistics/{figure}.csv")
    void publicCsv(@PathVariable String figure, HttpServletResponse response) throws IOException {
        csv(new StatisticsPage(figures.figures(true), false), figure, response);
    }

    @GetMapping("/app/statistics/{figure}.csv")
    void internalCsv(@PathVariable String figure, HttpServletResponse response) throws IOException {
        csv(new StatisticsPage(figures.figures(false), true), figure, response);
    }

    private static void csv(StatisticsPage page, String id, HttpServletResponse response) throws IOException {
        Figure figure = page.figures().figure(id);
        if (figure == null) {
            throw new RecordNotFound("figure", id);
        }
        response.setContentType("text/csv; charset=utf-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"casebook-" + (page.documenters() ? "internal-" : "") + id + ".csv\"");
        PrintWriter out = new PrintWriter(response.getOutputStream(), false, StandardCharsets.UTF_8);
        List<String> header = new ArrayList<>();
        header.add(page.t("statistics." + id + ".rows"));
        figure.columns().forEach(c -> header.add(column(page, figure, c)));
        line(out, header);
        for (Figure.Row row : figure.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(page.label(figure.rowVocabulary(), row.code()));
            row.values().forEach(v -> cells.add(String.valueOf(v)));
            line(out, cells);
        }
        out.flush();
    }

    static String column(StatisticsPage page, Figure figure, String column) {
        return figure.columnVocabulary() == null
                ? page.t("statistics.what." + column)
                : page.label(figure.columnVocabulary(), column);
    }

    private static void line(PrintWriter out, List<String> cells) {
        out.print(cells.stream().map(CsvCells::cell).collect(Collectors.joining(",")) + "\r\n");
    }
}
