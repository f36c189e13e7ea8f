package org.casebook.statistics;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.casebook.estimation.CaptureHistories;
import org.casebook.estimation.CaptureHistoryCsv;
import org.casebook.estimation.Criterion;
import org.casebook.estimation.EstimationRefused;
import org.casebook.estimation.Estimator;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code casebook estimate FILE.csv}, or {@code casebook estimate --list NAME=SELECTORS ...} (or {@code --lists=A=…;B=…})
 * over the record's own sources: prints one JSON object
 * (observed, unseen, total, interval, model, method, warnings); exits 2 with one line when the table is malformed or
 * no estimate exists. Options: {@code --criterion=aic}, {@code --bootstrap=N}, {@code --seed=N},
 * {@code --model=A:B,B:C} (fit that model instead of searching). List selectors are documented in docs/estimation.md.
 */
public final class EstimateCommand {
    static final long MAX_FILE_BYTES = 1 << 20;

    private EstimateCommand() {}

    public static int run(String[] args, Class<?> application) {
        List<String> lists = new ArrayList<>();
        List<String> spring = new ArrayList<>(List.of(
                "--casebook.demo-data.enabled=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        String file = null;
        Estimator.Options options = Estimator.Options.standard();
        try {
            for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
                switch (arg.split("=", 2)[0]) {
                    case "--list" -> lists.add(value);
                    case "--lists" ->
                        lists.addAll(Arrays.stream(value.split(";"))
                                .filter(l -> !l.isBlank())
                                .toList());
                    case "--criterion" -> options = with(options, Criterion.valueOf(value.toUpperCase(Locale.ROOT)));
                    case "--bootstrap" ->
                        options = new Estimator.Options(
                                options.criterion(),
                                Integer.parseInt(value),
                                options.bootstrapModels(),
                                options.seed(),
                                options.fixed());
                    case "--seed" ->
                        options = new Estimator.Options(
                                options.criterion(),
                                options.replicates(),
                                options.bootstrapModels(),
                                Long.parseLong(value),
                                options.fixed());
                    case "--model" ->
                        options = new Estimator.Options(
                                options.criterion(),
                                options.replicates(),
                                options.bootstrapModels(),
                                options.seed(),
                                value.isBlank() ? List.of() : List.of(value.split(",")));
                    default -> {
                        if (arg.startsWith("--")) {
                            spring.add(arg);
                        } else if (file == null) {
                            file = arg;
                        } else {
                            return refuse("Give one table, or lists, not both.");
                        }
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            return refuse("An option has a value that cannot be read: " + e.getMessage());
        }
        if ((file == null) == lists.isEmpty()) {
            System.err.println("usage: casebook estimate FILE.csv [--criterion=bic|aic] [--bootstrap=1000] [--seed=N]"
                    + " [--model=A:B,...]\n       casebook estimate --list NAME=kind:leak --list NAME=source:12 ...");
            return 2;
        }
        try {
            CaptureHistories table = file != null ? read(Path.of(file)) : fromDatabase(lists, spring, application);
            System.out.println(JsonMapper.builder()
                    .build()
                    .writeValueAsString(EstimateJson.of(Estimator.estimate(table, options))));
            return 0;
        } catch (EstimationRefused e) {
            return refuse(EstimateJson.english(e));
        } catch (IOException e) {
            return refuse("The file cannot be read: " + e.getMessage());
        }
    }

    static CaptureHistories read(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw EstimationRefused.malformed("fileTooLarge");
        }
        String text = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
        return CaptureHistoryCsv.read(text);
    }

    private static CaptureHistories fromDatabase(List<String> lists, List<String> spring, Class<?> application) {
        List<ListDefinition> definitions =
                lists.stream().map(ListDefinition::parse).toList();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(spring.toArray(String[]::new))) {
            return context.getBean(CaptureHistoryBuilder.class)
                    .build(definitions, false)
                    .table();
        }
    }

    private static Estimator.Options with(Estimator.Options options, Criterion criterion) {
        return new Estimator.Options(
                criterion, options.replicates(), options.bootstrapModels(), options.seed(), options.fixed());
    }

    private static int refuse(String reason) {
        System.out.println(reason.replace('\n', ' '));
        return 2;
    }
}
