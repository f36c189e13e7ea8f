package org.casebook.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.access.CurrentUser;
import org.casebook.lists.ListColumns;
import org.casebook.lists.ListFile;
import org.casebook.lists.ListPresets;
import org.casebook.records.InvalidInput;
import org.casebook.source.SourceCommand;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * `casebook import FILE --title=… --kind=leak --party=state [--publisher=…] [--obtained=…] [--mapping=PRESET or
 * COLUMN=FIELD,…] [--claim-type=detained] [--credibility=2] [--dry-run]`, and `casebook import --continue=ID`: the
 * same import as the pages, from the command line, printing its progress. An interrupted import is continued with
 * --continue at the first row whose outcome was not kept.
 */
public final class ImportCommand {
    static final List<String> OPTIONS = List.of(
            "title",
            "kind",
            "party",
            "publisher",
            "reliability",
            "language",
            "obtained",
            "mapping",
            "claim-type",
            "credibility",
            "dry-run",
            "continue");

    private ImportCommand() {}

    /** The services an import needs, from the application context. */
    record Services(ListImports imports, ListImportRun run, ListDryRun dryRun) {}

    public static int run(String[] args, Class<?> application) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> spring = new ArrayList<>(List.of(
                "--casebook.demo-data.enabled=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        Path file = null;
        for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
            String name = arg.replaceFirst("^--", "").split("=", 2)[0];
            if (!arg.startsWith("--")) {
                file = Path.of(arg);
            } else if (OPTIONS.contains(name)) {
                options.put(name, arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "");
            } else {
                spring.add(arg);
            }
        }
        if (file == null && !options.containsKey("continue")) {
            System.err.println("usage: casebook import FILE --title=TITLE --kind=leak --party=state"
                    + " [--mapping=PRESET|COLUMN=FIELD,...] [--claim-type=detained] [--dry-run]"
                    + "\n       casebook import --continue=ID");
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(spring.toArray(String[]::new))) {
            Services services = new Services(
                    context.getBean(ListImports.class),
                    context.getBean(ListImportRun.class),
                    context.getBean(ListDryRun.class));
            Path given = file;
            return CurrentUser.asSystem("import", () -> importList(services, given, options));
        }
    }

    static int importList(Services services, Path file, Map<String, String> options) {
        try {
            if (options.containsKey("dry-run")) {
                Map<Integer, ListColumns.Field> mapping = mapping(services.imports(), file, options.get("mapping"));
                try (ListFile.Opened opened = ListImports.opened(Files.newInputStream(file))) {
                    ListDryRun.Result result = services.dryRun().run(opened, mapping, options.get("claim-type"));
                    System.out.printf(
                            "%d rows (%s): %d new, %d likely documented, %d to review, %d repeated, %d refused%n",
                            result.rows(),
                            result.encoding(),
                            result.newPersons(),
                            result.likelySame(),
                            result.needsReview(),
                            result.sameAsEarlierRow(),
                            result.refused());
                    return 0;
                }
            }
            long id = options.containsKey("continue")
                    ? Long.parseLong(options.get("continue"))
                    : upload(services.imports(), file, options).id();
            ListImport list = services.run().start(id);
            System.out.printf("import %d: %d rows%n", id, list.rowsTotal());
            while (list.working()) {
                Thread.sleep(1000);
                list = services.imports().get(id);
                System.out.printf("import %d: %d of %d rows%n", id, list.rowsRead(), list.rowsTotal());
            }
            System.out.printf(
                    "import %d %s: %s%n", id, list.state(), services.imports().counts(id));
            return list.state() == ListImport.State.done ? 0 : 1;
        } catch (InvalidInput e) {
            System.err.println("not imported: " + e.getMessage());
            return 1;
        } catch (IOException | NumberFormatException e) {
            System.err.println("not imported: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** The mapping the options give for this file's header: a preset's, pairs', or null to guess. */
    private static Map<Integer, ListColumns.Field> mapping(ListImports imports, Path file, String mapping)
            throws IOException {
        if (mapping == null || mapping.isBlank()) {
            return null;
        }
        List<String> header;
        try (ListFile.Opened opened = ListImports.opened(Files.newInputStream(file))) {
            header = opened.rows().hasNext() ? opened.rows().next().cells() : List.of();
        }
        if (mapping.contains("=")) {
            return columns(mapping, header);
        }
        ListPresets.Preset preset = imports.presets().get(mapping);
        if (preset == null) {
            throw new InvalidInput("preset", "no such preset: " + mapping, "app.imports.error.preset", "name", mapping);
        }
        return preset.apply(header);
    }

    private static ListImport upload(ListImports imports, Path file, Map<String, String> options) throws IOException {
        String mapping = options.get("mapping");
        boolean pairs = mapping != null && mapping.contains("=");
        SourceCommand source = ListImports.listSource(
                options.getOrDefault("kind", "leak"),
                options.get("title"),
                options.get("publisher"),
                options.get("language"),
                options.get("party"),
                options.get("reliability"));
        Integer credibility = options.containsKey("credibility") ? Integer.valueOf(options.get("credibility")) : null;
        ListImport list;
        try (InputStream in = Files.newInputStream(file)) {
            list = imports.create(
                    in,
                    file.getFileName().toString(),
                    source,
                    options.get("obtained"),
                    pairs ? null : mapping,
                    options.get("claim-type"),
                    credibility,
                    CurrentUser.name());
        }
        if (pairs) {
            list = imports.map(list.id(), columns(mapping, list.header()), list.claimType(), credibility);
        }
        return list;
    }

    /** "0=name,身份证号=national_id": each column by its number or its header, and its field. */
    static Map<Integer, ListColumns.Field> columns(String pairs, List<String> header) {
        Map<Integer, ListColumns.Field> columns = new LinkedHashMap<>();
        for (String pair : pairs.split(",")) {
            String[] parts = pair.split("=", 2);
            String column = parts[0].strip();
            int index = column.matches("\\d+") ? Integer.parseInt(column) : header.indexOf(column);
            ListColumns.Field field;
            try {
                field = ListColumns.Field.valueOf(parts.length < 2 ? "" : parts[1].strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("mapping", "no such field in " + pair, "app.imports.error.field");
            }
            if (index < 0) {
                throw new InvalidInput(
                        "mapping", "no such column: " + column, "app.imports.error.column", "column", column);
            }
            columns.put(index, field);
        }
        return columns;
    }
}
